// Follow-up tasks on an action or a record. The creator must see the subject; the assignee must be
// an active coalition member who sees it too (an organisation-private action: someone of that
// organisation). The assignee, the creator and the secretariat may change or close a task; only
// the creator and the secretariat may delete it. Assigning someone else notifies them.
import { and, eq, isNull } from "drizzle-orm";
import type { Tx } from "~/db/client";
import { task } from "~/db/schema";
import type { TTaskSubject } from "~/db/schema/advocacy-vocabulary";
import { type Viewer, isStaff } from "~/server/auth/policy";
import { fieldError, forbidden, notFound, staleVersion } from "~/server/errors";
import { recordActivity } from "~/server/services/activity/record-activity";
import { recordAuditEvent } from "~/server/services/audit/record-audit-event";
import {
  assertCanSeeSubject,
  collaborationVisibility,
  filterAudience,
  subjectInfo,
} from "~/server/services/collaboration/subject-access";
import type { AuthedServiceContext } from "~/server/services/context";
import { notify, type Outbox, notifyingTransaction } from "~/server/services/notifications/notify";
import type { TCreateTaskInput, TSetTaskStatusInput, TUpdateTaskInput } from "./task-schemas";

type TaskRow = typeof task.$inferSelect;

export const mayChangeTask = (viewer: Viewer, t: Pick<TaskRow, "assigneeId" | "createdById">) =>
  isStaff(viewer) || t.assigneeId === viewer.id || t.createdById === viewer.id;
export const mayDeleteTask = (viewer: Viewer, t: Pick<TaskRow, "createdById">) => isStaff(viewer) || t.createdById === viewer.id;

async function assertAssignable(tx: Tx, subjectType: TTaskSubject, subjectId: string, assigneeId: string) {
  const ok = await filterAudience(tx, subjectType, subjectId, [assigneeId], { coalitionOnly: true });
  if (ok.length === 0) throw fieldError("assigneeId", "assigneeCannotSee", "assignee cannot see the subject");
}

/** A task the viewer may see (the subject visible to them), for change. */
async function loadTask(tx: Tx, ctx: AuthedServiceContext, id: string) {
  const [row] = await tx.select().from(task).where(and(eq(task.id, id), isNull(task.deletedAt)));
  if (!row) throw notFound("task");
  await assertCanSeeSubject(ctx.viewer, row.subjectType as TTaskSubject, row.subjectId, tx);
  return row;
}

async function notifyAssignee(tx: Tx, ctx: AuthedServiceContext, outbox: Outbox, row: TaskRow) {
  if (row.assigneeId === ctx.viewer.id) return;
  await notify(tx, ctx, outbox, {
    kind: "task_assigned",
    subjectType: row.subjectType as TTaskSubject,
    subjectId: row.subjectId,
    recipientIds: [row.assigneeId],
    payload: { taskId: row.id, taskTitle: row.title, dueOn: row.dueOn },
  });
}

export async function createTask({ ctx, input }: { ctx: AuthedServiceContext; input: TCreateTaskInput }) {
  return notifyingTransaction(async (tx, outbox) => {
    await assertCanSeeSubject(ctx.viewer, input.subjectType, input.subjectId, tx);
    await assertAssignable(tx, input.subjectType, input.subjectId, input.assigneeId);
    const [row] = await tx
      .insert(task)
      .values({ ...input, createdById: ctx.viewer.id })
      .returning();
    await recordAuditEvent(tx, ctx, { action: "task.create", entityType: "task", entityId: row!.id, after: row });
    await notifyAssignee(tx, ctx, outbox, row!);
    return row!;
  });
}

export async function updateTask({ ctx, input }: { ctx: AuthedServiceContext; input: TUpdateTaskInput }) {
  return notifyingTransaction(async (tx, outbox) => {
    const before = await loadTask(tx, ctx, input.id);
    if (!mayChangeTask(ctx.viewer, before)) throw forbidden("task.update");
    if (before.version !== input.version) throw staleVersion("task", before);
    const reassigned = before.assigneeId !== input.assigneeId;
    if (reassigned) await assertAssignable(tx, before.subjectType as TTaskSubject, before.subjectId, input.assigneeId);
    const [after] = await tx
      .update(task)
      .set({
        title: input.title,
        notes: input.notes,
        dueOn: input.dueOn,
        assigneeId: input.assigneeId,
        // A new date or a new person deserves a new reminder.
        reminderSentAt: reassigned || before.dueOn !== input.dueOn ? null : before.reminderSentAt,
        version: before.version + 1,
        updatedAt: new Date(),
      })
      .where(and(eq(task.id, input.id), eq(task.version, input.version)))
      .returning();
    if (!after) throw staleVersion("task", before);
    await recordAuditEvent(tx, ctx, { action: "task.update", entityType: "task", entityId: after.id, before, after });
    if (reassigned) await notifyAssignee(tx, ctx, outbox, after);
    return after;
  });
}

/** Complete (done), reopen (open) or cancel a task. */
export async function setTaskStatus({ ctx, input }: { ctx: AuthedServiceContext; input: TSetTaskStatusInput }) {
  return notifyingTransaction(async (tx) => {
    const before = await loadTask(tx, ctx, input.id);
    if (!mayChangeTask(ctx.viewer, before)) throw forbidden("task.update");
    if (before.version !== input.version) throw staleVersion("task", before);
    const [after] = await tx
      .update(task)
      .set({
        status: input.status,
        completedAt: input.status === "done" ? new Date() : null,
        version: before.version + 1,
        updatedAt: new Date(),
      })
      .where(and(eq(task.id, input.id), eq(task.version, input.version)))
      .returning();
    if (!after) throw staleVersion("task", before);
    await recordAuditEvent(tx, ctx, {
      action: "task.set_status",
      entityType: "task",
      entityId: after.id,
      before: { status: before.status },
      after: { status: after.status },
    });
    if (after.status === "done" && before.status !== "done") await taskActivity(tx, ctx, after);
    return after;
  });
}

async function taskActivity(tx: Tx, ctx: AuthedServiceContext, row: TaskRow) {
  const info = await subjectInfo(tx, row.subjectType as TTaskSubject, row.subjectId);
  if (!info) return;
  await recordActivity(tx, ctx, {
    verb: "task.completed",
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    organizationId: info.organizationId,
    visibility: collaborationVisibility(info.visibility),
    countryIso3s: info.countryIso3s,
    summary: { title: info.title, href: info.href, taskTitle: row.title },
  });
}

export async function deleteTask({ ctx, input }: { ctx: AuthedServiceContext; input: { id: string } }) {
  return notifyingTransaction(async (tx) => {
    const before = await loadTask(tx, ctx, input.id);
    if (!mayDeleteTask(ctx.viewer, before)) throw forbidden("task.delete");
    const [after] = await tx.update(task).set({ deletedAt: new Date() }).where(eq(task.id, input.id)).returning();
    await recordAuditEvent(tx, ctx, { action: "task.delete", entityType: "task", entityId: after!.id, after: { deletedAt: after!.deletedAt } });
    return { id: after!.id };
  });
}
