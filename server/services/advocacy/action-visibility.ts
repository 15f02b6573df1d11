// Who sees which advocacy actions, as SQL for every where clause (lists, search, exports, API,
// feeds, notifications) and as the same rule in JavaScript for a row already loaded. Decision 008.
//
// - public: everyone, signed in or not;
// - coalition: people of the coalition's organisations (members, secretariat, admins);
// - organization: the people of that organisation only. The secretariat is outside it too:
//   an organisation's private notes never leave it, whoever asks.
// Parliamentarians are not coalition members: they see public actions only.
import { and, eq, isNull, or, type SQL } from "drizzle-orm";
import { advocacyAction } from "~/db/schema";
import type { TVisibility } from "~/db/schema/advocacy-vocabulary";
import { type Viewer, inCoalition } from "~/server/auth/policy";


export function visibleActionsWhere(viewer: Viewer | null): SQL {
  const live = isNull(advocacyAction.deletedAt);
  const isPublic = eq(advocacyAction.visibility, "public");
  if (!inCoalition(viewer)) return and(live, isPublic)!;
  const coalition = eq(advocacyAction.visibility, "coalition");
  const ownOrganization = viewer.organizationId ? eq(advocacyAction.organizationId, viewer.organizationId) : undefined;
  return and(live, or(isPublic, coalition, ownOrganization))!;
}

export function canSeeAction(
  viewer: Viewer | null,
  row: { visibility: TVisibility; organizationId: string; deletedAt?: Date | null },
): boolean {
  if (row.deletedAt) return false;
  if (row.visibility === "public") return true;
  if (!inCoalition(viewer)) return false;
  if (row.visibility === "coalition") return true;
  return !!viewer.organizationId && viewer.organizationId === row.organizationId;
}
