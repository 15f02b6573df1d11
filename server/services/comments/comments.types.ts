// Output schemas of the comments procedures.
// Generated from the services' return types, then kept by hand: a change in what a service
// returns must be mirrored here (tsc checks the service against the schema at the router).
import { z } from "zod";
import { ZLocalizedTextSchema } from "~/server/services/common.types";

export const ZCommentsListOutputSchema = z.array(
  z.object({
    replies: z.array(
      z.object({
        id: z.string(),
        parentId: z.string().nullable(),
        authorId: z.string(),
        authorName: z.string(),
        body: z.string(),
        deleted: z.boolean(),
        version: z.number(),
        createdAt: z.date(),
        editedAt: z.date().nullable(),
        mentions: z.array(z.object({ userId: z.string(), name: z.string() })),
        may: z.object({ edit: z.boolean(), delete: z.boolean() }),
      }),
    ),
    id: z.string(),
    parentId: z.string().nullable(),
    authorId: z.string(),
    authorName: z.string(),
    body: z.string(),
    deleted: z.boolean(),
    version: z.number(),
    createdAt: z.date(),
    editedAt: z.date().nullable(),
    mentions: z.array(z.object({ userId: z.string(), name: z.string() })),
    may: z.object({ edit: z.boolean(), delete: z.boolean() }),
  }),
);
export type TCommentsListOutput = z.infer<typeof ZCommentsListOutputSchema>;

export const ZCommentsCreateOutputSchema = z.object({
  version: z.number(),
  id: z.string(),
  createdAt: z.date(),
  deletedAt: z.date().nullable(),
  subjectType: z.string(),
  subjectId: z.string(),
  body: z.string(),
  parentId: z.string().nullable(),
  authorId: z.string(),
  editedAt: z.date().nullable(),
});
export type TCommentsCreateOutput = z.infer<typeof ZCommentsCreateOutputSchema>;

export const ZCommentsUpdateOutputSchema = z.object({
  id: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  parentId: z.string().nullable(),
  authorId: z.string(),
  body: z.string(),
  version: z.number(),
  editedAt: z.date().nullable(),
  createdAt: z.date(),
  deletedAt: z.date().nullable(),
});
export type TCommentsUpdateOutput = z.infer<typeof ZCommentsUpdateOutputSchema>;

export const ZCommentsDeleteOutputSchema = z.object({ id: z.string() });
export type TCommentsDeleteOutput = z.infer<typeof ZCommentsDeleteOutputSchema>;

export const ZCommentsMentionsOutputSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      authorName: z.string(),
      body: z.string(),
      createdAt: z.date(),
      subjectType: z.string(),
      subjectTitle: ZLocalizedTextSchema,
      href: z.string(),
    }),
  ),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export type TCommentsMentionsOutput = z.infer<typeof ZCommentsMentionsOutputSchema>;

export const ZCommentsMentionableOutputSchema = z.array(z.object({ id: z.string(), name: z.string() }));
export type TCommentsMentionableOutput = z.infer<typeof ZCommentsMentionableOutputSchema>;

export const ZCommentsUnitSubjectOutputSchema = z.object({
  id: z.string(),
  locator: z.string(),
  text: z.string(),
  slug: z.string(),
  symbol: z.string().nullable(),
  title: ZLocalizedTextSchema,
});
export type TCommentsUnitSubjectOutput = z.infer<typeof ZCommentsUnitSubjectOutputSchema>;
