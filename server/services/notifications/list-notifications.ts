// The in-app list: my notifications, newest first, only while I can still see their subject (an
// action made organisation-private since then drops out). Marking read is audited like any change.
import type { Locale } from "~/db/locales";
import { and, count, desc, eq, inArray, isNull, or, type SQL } from "drizzle-orm";
import { db } from "~/db/client";
import { advocacyAction, notification, record } from "~/db/schema";
import { type Viewer, inCoalition } from "~/server/auth/policy";
import { visibleActionsWhere } from "~/server/services/advocacy/action-visibility";
import { recordAuditEvent } from "~/server/services/audit/record-audit-event";
import type { AuthedServiceContext } from "~/server/services/context";
import { visibleWhere } from "~/server/services/records/record-access";
import { describeNotification, type MailNotification } from "./notification-mail";
import type { z } from "zod";
import type { ZListNotificationsInputSchema, ZMarkReadInputSchema } from "./notification-schemas";

function mine(viewer: Viewer, extra?: SQL) {
  return and(
    eq(notification.userId, viewer.id),
    or(
      and(eq(notification.subjectType, "record"), visibleWhere(viewer)),
      and(eq(notification.subjectType, "action"), visibleActionsWhere(viewer)),
      inCoalition(viewer) ? inArray(notification.subjectType, ["measure", "unit"]) : undefined,
      // "Someone joined": only while I am still of that organisation.
      viewer.organizationId ? and(eq(notification.subjectType, "organization"), eq(notification.subjectId, viewer.organizationId)) : undefined,
    ),
    extra,
  );
}

const recordJoin = and(eq(notification.subjectType, "record"), eq(record.id, notification.subjectId));
const actionJoin = and(eq(notification.subjectType, "action"), eq(advocacyAction.id, notification.subjectId));

async function countMine(where: SQL | undefined) {
  const [row] = await db
    .select({ n: count() })
    .from(notification)
    .leftJoin(record, recordJoin)
    .leftJoin(advocacyAction, actionJoin)
    .where(where);
  return row?.n ?? 0;
}

export async function listNotifications(
  { ctx, input, locale }: { ctx: AuthedServiceContext; input: z.infer<typeof ZListNotificationsInputSchema>; locale: Locale },
) {
  const where = mine(ctx.viewer, input.unreadOnly ? isNull(notification.readAt) : undefined);
  const rows = await db
    .select({ notification })
    .from(notification)
    .leftJoin(record, recordJoin)
    .leftJoin(advocacyAction, actionJoin)
    .where(where)
    .orderBy(desc(notification.createdAt))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  return {
    items: rows.map(({ notification: n }) => ({
      id: n.id,
      kind: n.kind,
      subjectType: n.subjectType,
      subjectId: n.subjectId,
      text: describeNotification(locale, n as MailNotification),
      href: (n.payload as MailNotification["payload"]).href ?? null,
      read: !!n.readAt,
      createdAt: n.createdAt,
    })),
    total: await countMine(where),
    page: input.page,
    pageSize: input.pageSize,
  };
}

export async function unreadCount({ ctx }: { ctx: AuthedServiceContext }) {
  return countMine(mine(ctx.viewer, isNull(notification.readAt)));
}

export async function markRead({ ctx, input }: { ctx: AuthedServiceContext; input: z.infer<typeof ZMarkReadInputSchema> | { all: true } }) {
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(notification)
      .set({ readAt: new Date() })
      .where(
        and(
          eq(notification.userId, ctx.viewer.id),
          isNull(notification.readAt),
          "ids" in input ? inArray(notification.id, input.ids) : undefined,
        ),
      )
      .returning({ id: notification.id });
    await recordAuditEvent(tx, ctx, {
      action: "notification.mark_read",
      entityType: "user",
      entityId: ctx.viewer.id,
      after: { count: rows.length, all: !("ids" in input) },
    });
    return { marked: rows.length };
  });
}
