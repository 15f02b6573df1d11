// Writes in-app notifications inside the caller's transaction, and sends the immediate emails once
// that transaction has committed. Recipients are filtered here, whoever calls: never the person who
// acted, never anyone who may not see the subject (subject-access.ts), never a deactivated account.
import { db, type Tx } from "~/db/client";
import { notification } from "~/db/schema";
import { filterAudience, type SubjectType, subjectInfo } from "~/server/services/collaboration/subject-access";
import type { ServiceContext } from "~/server/services/context";
import { logger } from "~/server/logger";
import { deliverImmediate } from "./deliver-email";

export const NOTIFICATION_KINDS = [
  "submitted",
  "decided",
  "task_assigned",
  "task_due",
  "mentioned",
  "member_joined",
  // Following (decision 024): server/services/follows/follower-events.ts.
  "followed_status",
  "followed_record",
  "followed_action",
] as const;
export type TNotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface NotifyInput {
  kind: TNotificationKind;
  subjectType: SubjectType;
  subjectId: string;
  recipientIds: string[];
  /** Extra words for the message (decision, task title, due date…); title and link are added here. */
  payload?: Record<string, unknown>;
}

/** Ids of notifications created in a transaction, to email once it has committed. */
export type Outbox = string[];

export async function notify(tx: Tx, ctx: ServiceContext, outbox: Outbox, input: NotifyInput): Promise<string[]> {
  const candidates = [...new Set(input.recipientIds)].filter((id) => id !== ctx.viewer?.id);
  const recipients = await filterAudience(tx, input.subjectType, input.subjectId, candidates);
  if (recipients.length === 0) return [];
  const info = await subjectInfo(tx, input.subjectType, input.subjectId);
  const payload = { title: info?.title ?? null, href: info?.href ?? null, actorName: ctx.viewer?.name ?? null, ...input.payload };
  const rows = await tx
    .insert(notification)
    .values(
      recipients.map((userId) => ({
        userId,
        kind: input.kind,
        subjectType: input.subjectType,
        subjectId: input.subjectId,
        actorId: ctx.viewer?.id ?? null,
        payload,
      })),
    )
    .returning({ id: notification.id });
  const ids = rows.map((r) => r.id);
  outbox.push(...ids);
  return ids;
}

/**
 * A transaction whose notifications are emailed (to those who chose "immediate") after it commits.
 * A failed email never undoes the change: it is logged, and the jobs pick up what was not claimed.
 */
export async function notifyingTransaction<T>(fn: (tx: Tx, outbox: Outbox) => Promise<T>): Promise<T> {
  const outbox: Outbox = [];
  const result = await db.transaction((tx) => fn(tx, outbox));
  if (outbox.length > 0) {
    await deliverImmediate(outbox).catch((error: unknown) => logger.error("notifications.deliver_failed", { error }));
  }
  return result;
}
