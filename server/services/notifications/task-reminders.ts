// "Due soon" reminders: open tasks due within two days (or already overdue) whose reminder has not
// gone out. Claimed with `update … set reminder_sent_at … returning`, so each task is reminded once
// even when several instances run the jobs at the same time.
import { and, eq, isNotNull, isNull, lte, sql } from "drizzle-orm";
import { task } from "~/db/schema";
import type { TTaskSubject } from "~/db/schema/advocacy-vocabulary";
import { notify, notifyingTransaction } from "./notify";

const REMIND_DAYS_BEFORE = 2;

export function isoDate(d: Date) {
  return d.toISOString().slice(0, 10);
}

export async function sendTaskReminders(now = new Date()): Promise<number> {
  const horizon = isoDate(new Date(now.getTime() + REMIND_DAYS_BEFORE * 86400 * 1000));
  return notifyingTransaction(async (tx, outbox) => {
    const due = await tx
      .update(task)
      .set({ reminderSentAt: now })
      .where(
        and(
          eq(task.status, "open"),
          isNull(task.deletedAt),
          isNull(task.reminderSentAt),
          isNotNull(task.dueOn),
          lte(task.dueOn, sql`${horizon}::date`),
        ),
      )
      .returning();
    for (const t of due) {
      // The job acts as nobody: the reminder is about the assignee's own task.
      await notify(tx, { viewer: null, requestId: "jobs" }, outbox, {
        kind: "task_due",
        subjectType: t.subjectType as TTaskSubject,
        subjectId: t.subjectId,
        recipientIds: [t.assigneeId],
        payload: { taskId: t.id, taskTitle: t.title, dueOn: t.dueOn },
      });
    }
    return due.length;
  });
}
