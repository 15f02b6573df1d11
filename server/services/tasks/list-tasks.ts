// Tasks to show: mine (open first, the most urgent first), and those on one subject. Only tasks whose
// subject the reader can still see: the where clause joins the subject and applies its visibility rule.
import { and, asc, count, desc, eq, isNull, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "~/db/client";
import { advocacyAction, record, task, user } from "~/db/schema";
import type { Viewer } from "~/server/auth/policy";
import { visibleActionsWhere } from "~/server/services/advocacy/action-visibility";
import { assertCanSeeSubject } from "~/server/services/collaboration/subject-access";
import type { AuthedServiceContext } from "~/server/services/context";
import { visibleWhere } from "~/server/services/records/record-access";
import { mayChangeTask, mayDeleteTask } from "./save-task";
import type { z } from "zod";
import type { ZMyTasksInputSchema, ZSubjectInputSchema } from "./task-schemas";

const assignee = alias(user, "assignee");
const creator = alias(user, "creator");

const today = () => new Date().toISOString().slice(0, 10);

function taskQuery(viewer: Viewer) {
  return db
    .select({
      task,
      assigneeName: assignee.name,
      createdByName: creator.name,
      recordTitle: record.title,
      actionTitle: advocacyAction.title,
    })
    .from(task)
    .innerJoin(assignee, eq(assignee.id, task.assigneeId))
    .innerJoin(creator, eq(creator.id, task.createdById))
    .leftJoin(record, and(eq(task.subjectType, "record"), eq(record.id, task.subjectId)))
    .leftJoin(advocacyAction, and(eq(task.subjectType, "action"), eq(advocacyAction.id, task.subjectId)))
    .$dynamic()
    .where(
      and(
        isNull(task.deletedAt),
        or(and(eq(task.subjectType, "record"), visibleWhere(viewer)), and(eq(task.subjectType, "action"), visibleActionsWhere(viewer))),
      ),
    );
}

type Row = Awaited<ReturnType<ReturnType<typeof taskQuery>["execute"]>>[number];

function present(viewer: Viewer, r: Row) {
  const t = r.task;
  return {
    ...t,
    assigneeName: r.assigneeName,
    createdByName: r.createdByName,
    subjectTitle:
      t.subjectType === "record"
        ? (r.recordTitle ?? {})
        : { zh: r.actionTitle ?? "", en: r.actionTitle ?? "" },
    subjectHref: t.subjectType === "record" ? `/records/${t.subjectId}` : `/actions/${t.subjectId}`,
    overdue: t.status === "open" && !!t.dueOn && t.dueOn < today(),
    may: { change: mayChangeTask(viewer, t), delete: mayDeleteTask(viewer, t) },
  };
}
export type TaskItem = ReturnType<typeof present>;

const visibleMine = (viewer: Viewer, scope: "open" | "all") =>
  and(
    isNull(task.deletedAt),
    eq(task.assigneeId, viewer.id),
    scope === "open" ? eq(task.status, "open") : undefined,
    or(
      and(eq(task.subjectType, "record"), visibleWhere(viewer)),
      and(eq(task.subjectType, "action"), visibleActionsWhere(viewer)),
    ),
  );

export async function listMyTasks({ ctx, input }: { ctx: AuthedServiceContext; input: z.infer<typeof ZMyTasksInputSchema> }) {
  const where = visibleMine(ctx.viewer, input.scope);
  const rows = await taskQuery(ctx.viewer)
    .where(where)
    .orderBy(desc(sql`${task.status} = 'open'`), sql`${task.dueOn} asc nulls last`, asc(task.createdAt))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  const [total] = await db
    .select({ n: count() })
    .from(task)
    .leftJoin(record, and(eq(task.subjectType, "record"), eq(record.id, task.subjectId)))
    .leftJoin(advocacyAction, and(eq(task.subjectType, "action"), eq(advocacyAction.id, task.subjectId)))
    .where(where);
  return { items: rows.map((r) => present(ctx.viewer, r)), total: total?.n ?? 0, page: input.page, pageSize: input.pageSize };
}

export async function listSubjectTasks({ ctx, input }: { ctx: AuthedServiceContext; input: z.infer<typeof ZSubjectInputSchema> }) {
  await assertCanSeeSubject(ctx.viewer, input.subjectType, input.subjectId);
  const rows = await taskQuery(ctx.viewer)
    .where(and(isNull(task.deletedAt), eq(task.subjectType, input.subjectType), eq(task.subjectId, input.subjectId)))
    .orderBy(desc(sql`${task.status} = 'open'`), sql`${task.dueOn} asc nulls last`, asc(task.createdAt))
    .limit(200);
  return rows.map((r) => present(ctx.viewer, r));
}
