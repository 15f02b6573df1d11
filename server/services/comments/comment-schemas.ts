import { z } from "zod";
import { ZVersionSchema } from "~/server/validation/database-values";
import { COMMENT_SUBJECTS } from "~/db/schema/advocacy-vocabulary";
import { ZPageInputSchema } from "~/server/api/trpc";
import { COMMENT_MAX_LENGTH, MENTIONABLE_MIN_QUERY } from "~/server/markup/comment-markup";

const body = z.string().trim().min(1, { error: "validation.required" }).max(COMMENT_MAX_LENGTH);

export const ZCommentSubjectInputSchema = z.object({ subjectType: z.enum(COMMENT_SUBJECTS), subjectId: z.uuid() });

export const ZCreateCommentInputSchema = ZCommentSubjectInputSchema.extend({ body, parentId: z.uuid().nullable().default(null) });
export type TCreateCommentInput = z.infer<typeof ZCreateCommentInputSchema>;

export const ZUpdateCommentInputSchema = z.object({ id: z.uuid(), version: ZVersionSchema, body });
export type TUpdateCommentInput = z.infer<typeof ZUpdateCommentInputSchema>;

export const ZCommentIdInputSchema = z.object({ id: z.uuid() });

/** Empty (the first few people one knows of there, for the assignee picker) or at least two characters. */
export const ZMentionableInputSchema = ZCommentSubjectInputSchema.extend({
  q: z
    .string()
    .trim()
    .max(100)
    .refine((q) => q.length === 0 || [...q].length >= MENTIONABLE_MIN_QUERY, { error: "validation.mentionQueryTooShort" })
    .default(""),
});

export const ZMyMentionsInputSchema = ZPageInputSchema.extend({ pageSize: z.number().int().min(1).max(100).default(10) });
