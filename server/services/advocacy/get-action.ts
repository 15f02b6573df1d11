// One action with all its links, if the person may see it; otherwise simply not found.
import { and, eq } from "drizzle-orm";
import { db } from "~/db/client";
import { advocacyAction } from "~/db/schema";
import { can, type Viewer, inCoalition } from "~/server/auth/policy";
import { notFound } from "~/server/errors";
import { loadActionDetails } from "./action-details";
import { visibleActionsWhere } from "./action-visibility";

export async function getAction({ ctx: { viewer }, input }: { ctx: { viewer: Viewer | null }; input: { id: string } }) {
  const [row] = await db
    .select({ id: advocacyAction.id })
    .from(advocacyAction)
    .where(and(eq(advocacyAction.id, input.id), visibleActionsWhere(viewer)));
  if (!row) throw notFound("action");
  const [detail] = await loadActionDetails(viewer, [row.id]);
  if (!detail) throw notFound("action");
  const mayEdit = !!viewer && can(viewer, "action.update", { organizationId: detail.organizationId });
  // People's names are for the coalition; the public sees the organisation (as in the open API).
  const coalition = inCoalition(viewer);
  return { ...detail, authors: coalition ? detail.authors : [], mayEdit };
}
