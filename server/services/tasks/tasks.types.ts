// Output schemas of the tasks procedures.
// Generated from the services' return types, then kept by hand: a change in what a service
// returns must be mirrored here (tsc checks the service against the schema at the router).
import { z } from "zod";
import { ZLocalizedTextSchema } from "~/server/services/common.types";

export const ZTasksMineOutputSchema = z.object({
  items: z.array(
    z.object({
      assigneeName: z.string(),
      createdByName: z.string(),
      subjectTitle: ZLocalizedTextSchema,
      subjectHref: z.string(),
      overdue: z.boolean(),
      may: z.object({ change: z.boolean(), delete: z.boolean() }),
      id: z.string(),
      subjectType: z.string(),
      subjectId: z.string(),
      title: z.string(),
      notes: z.string(),
      assigneeId: z.string(),
      dueOn: z.string().nullable(),
      status: z.string(),
      createdById: z.string(),
      completedAt: z.date().nullable(),
      reminderSentAt: z.date().nullable(),
      version: z.number(),
      createdAt: z.date(),
      updatedAt: z.date(),
      deletedAt: z.date().nullable(),
    }),
  ),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export type TTasksMineOutput = z.infer<typeof ZTasksMineOutputSchema>;

export const ZTasksForSubjectOutputSchema = z.array(
  z.object({
    assigneeName: z.string(),
    createdByName: z.string(),
    subjectTitle: ZLocalizedTextSchema,
    subjectHref: z.string(),
    overdue: z.boolean(),
    may: z.object({ change: z.boolean(), delete: z.boolean() }),
    id: z.string(),
    subjectType: z.string(),
    subjectId: z.string(),
    title: z.string(),
    notes: z.string(),
    assigneeId: z.string(),
    dueOn: z.string().nullable(),
    status: z.string(),
    createdById: z.string(),
    completedAt: z.date().nullable(),
    reminderSentAt: z.date().nullable(),
    version: z.number(),
    createdAt: z.date(),
    updatedAt: z.date(),
    deletedAt: z.date().nullable(),
  }),
);
export type TTasksForSubjectOutput = z.infer<typeof ZTasksForSubjectOutputSchema>;

export const ZTasksCreateOutputSchema = z.object({
  version: z.number(),
  id: z.string(),
  title: z.string(),
  createdAt: z.date(),
  updatedAt: z.date(),
  status: z.string(),
  deletedAt: z.date().nullable(),
  createdById: z.string(),
  notes: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  assigneeId: z.string(),
  dueOn: z.string().nullable(),
  completedAt: z.date().nullable(),
  reminderSentAt: z.date().nullable(),
});
export type TTasksCreateOutput = z.infer<typeof ZTasksCreateOutputSchema>;

export const ZTasksUpdateOutputSchema = z.object({
  id: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  title: z.string(),
  notes: z.string(),
  assigneeId: z.string(),
  dueOn: z.string().nullable(),
  status: z.string(),
  createdById: z.string(),
  completedAt: z.date().nullable(),
  reminderSentAt: z.date().nullable(),
  version: z.number(),
  createdAt: z.date(),
  updatedAt: z.date(),
  deletedAt: z.date().nullable(),
});
export type TTasksUpdateOutput = z.infer<typeof ZTasksUpdateOutputSchema>;

export const ZTasksSetStatusOutputSchema = ZTasksUpdateOutputSchema;
export type TTasksSetStatusOutput = z.infer<typeof ZTasksSetStatusOutputSchema>;

export const ZTasksDeleteOutputSchema = z.object({ id: z.string() });
export type TTasksDeleteOutput = z.infer<typeof ZTasksDeleteOutputSchema>;
