// What the header's client island needs about the signed-in person: who they are and how many
// notifications wait for them. Read per request (never cached), so public pages can stay static.
import type { Locale } from "~/db/locales";
import { and, count, eq, isNull } from "drizzle-orm";
import { db, type Queryable } from "~/db/client";
import { notification } from "~/db/schema";
import type { Viewer, Role } from "~/server/auth/policy";

export interface SessionSummary {
  user: { name: string; role: Role; locale: Locale } | null;
  unreadNotifications: number;
}

export async function sessionSummary(actor: Viewer | null, q: Queryable = db): Promise<SessionSummary> {
  if (!actor) return { user: null, unreadNotifications: 0 };
  const [row] = await q
    .select({ n: count() })
    .from(notification)
    .where(and(eq(notification.userId, actor.id), isNull(notification.readAt)));
  return {
    user: { name: actor.name, role: actor.role, locale: actor.locale },
    unreadNotifications: row?.n ?? 0,
  };
}
