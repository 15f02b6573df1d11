// One action with all its links, if the person may see it; otherwise simply not found.
import { and, eq } from "drizzle-orm";
import { db } from "~/db/client";
import { advocacyAction } from "~/db/schema";
import { can, type Viewer, inCoalition } from "~/server/auth/policy";
import { notFound } from "~/server/errors";
import { loadActionDetails } from "./action-details";
import { visibleActionsWhere } from "./action-visibility";

export async function getAction({ ctx: { actor }, input }: { ctx: { actor: Viewer | null }; input: { id: string } }) {
  const [row] = await db
    .select({ id: advocacyAction.id })
    .from(advocacyAction)
    .where(and(eq(advocacyAction.id, input.id), visibleActionsWhere(actor)));
  if (!row) throw notFound("action");
  const [detail] = await loadActionDetails(actor, [row.id]);
  if (!detail) throw notFound("action");
  const mayEdit = !!actor && can(actor, "action.update", { organizationId: detail.organizationId });
  // People's names are for the coalition; the public sees the organisation (as in the open API).
  const coalition = inCoalition(actor);
  return { ...detail, authors: coalition ? detail.authors : [], mayEdit };
}
