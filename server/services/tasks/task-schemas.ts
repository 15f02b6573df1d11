import { z } from "zod";
import { ZVersionSchema } from "~/server/validation/database-values";
import { TASK_STATUSES, TASK_SUBJECTS } from "~/db/schema/advocacy-vocabulary";
import { ZPageInputSchema } from "~/server/api/trpc";

const isoDate = z.iso.date();

const ZTaskFieldsSchema = z.object({
  title: z.string().trim().min(1, { error: "validation.required" }).max(300),
  notes: z.string().trim().max(4000).default(""),
  assigneeId: z.uuid({ error: "validation.choose" }),
  dueOn: isoDate.nullable().default(null),
});

export const ZCreateTaskInputSchema = ZTaskFieldsSchema.extend({
  subjectType: z.enum(TASK_SUBJECTS),
  subjectId: z.uuid(),
});
export type TCreateTaskInput = z.infer<typeof ZCreateTaskInputSchema>;

export const ZUpdateTaskInputSchema = ZTaskFieldsSchema.extend({ id: z.uuid(), version: ZVersionSchema });
export type TUpdateTaskInput = z.infer<typeof ZUpdateTaskInputSchema>;

export const ZSetTaskStatusInputSchema = z.object({
  id: z.uuid(),
  version: ZVersionSchema,
  status: z.enum(TASK_STATUSES),
});
export type TSetTaskStatusInput = z.infer<typeof ZSetTaskStatusInputSchema>;

export const ZTaskIdInputSchema = z.object({ id: z.uuid() });

export const ZSubjectInputSchema = z.object({ subjectType: z.enum(TASK_SUBJECTS), subjectId: z.uuid() });

export const ZMyTasksInputSchema = ZPageInputSchema.extend({
  /** open (default): open tasks only; all: done and cancelled too. */
  scope: z.enum(["open", "all"]).default("open"),
});
