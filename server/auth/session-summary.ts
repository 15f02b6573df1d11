// What the header's client island needs about the signed-in person: who they are and how many
// notifications wait for them. Read per request (never cached), so public pages can stay static.
import type { Locale } from "~/db/locales";
import { and, count, eq, isNull } from "drizzle-orm";
import { db, type Queryable } from "~/db/client";
import { notification } from "~/db/schema";
import { can, type Role, type Viewer } from "~/server/auth/policy";

/** What the reader offers under each paragraph, decided by the policy here, never by a role in the browser. */
export interface SessionAbilities {
  proposeRecord: boolean;
  logAction: boolean;
  discuss: boolean;
}

export interface SessionSummary {
  user: { name: string; role: Role; locale: Locale } | null;
  unreadNotifications: number;
  may: SessionAbilities;
}

export const NO_ABILITIES: SessionAbilities = { proposeRecord: false, logAction: false, discuss: false };

export function sessionAbilities(viewer: Viewer | null): SessionAbilities {
  return {
    proposeRecord: can(viewer, "record.propose"),
    logAction: can(viewer, "action.create"),
    discuss: can(viewer, "collaboration.participate"),
  };
}

export async function sessionSummary(viewer: Viewer | null, q: Queryable = db): Promise<SessionSummary> {
  if (!viewer) return { user: null, unreadNotifications: 0, may: NO_ABILITIES };
  const [row] = await q
    .select({ n: count() })
    .from(notification)
    .where(and(eq(notification.userId, viewer.id), isNull(notification.readAt)));
  return {
    user: { name: viewer.name, role: viewer.role, locale: viewer.locale },
    unreadNotifications: row?.n ?? 0,
    may: sessionAbilities(viewer),
  };
}
