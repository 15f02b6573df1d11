// Who sees and who may change which records, as SQL for the where clause and as the same rule in
// JavaScript for what a page offers. Keep the two in step: the integration tests check both.
import { and, eq, isNull, or, type SQL, sql } from "drizzle-orm";
import { record } from "~/db/schema";
import { type Viewer, holdsOrganization, isStaff } from "~/server/auth/policy";

/** Records a person may read: the published ones, plus their organisation's (members) or their own. */
export function visibleWhere(actor: Viewer | null, opts: { includeDeleted?: boolean } = {}): SQL {
  const live = opts.includeDeleted && isStaff(actor) ? undefined : isNull(record.deletedAt);
  const published = eq(record.reviewStatus, "published");
  if (isStaff(actor)) return and(live, sql`true`)!;
  return and(live, ownedWhere(actor) ? or(published, ownedWhere(actor)) : published)!;
}

/** Records a person may edit (within the workflow's limits): staff all, others what they own. */
export function ownedWhere(actor: Viewer | null): SQL | undefined {
  if (!actor) return sql`false`;
  if (isStaff(actor)) return undefined;
  if (holdsOrganization(actor.role) && actor.organizationId) return eq(record.organizationId, actor.organizationId);
  return eq(record.createdById, actor.id);
}

export function editableWhere(actor: Viewer, id: string): SQL {
  return and(eq(record.id, id), isNull(record.deletedAt), ownedWhere(actor))!;
}

/** The same ownership rule as `ownedWhere`, for a row already loaded. */
export function owns(
  actor: Viewer | null,
  row: { organizationId: string | null; createdById: string },
): boolean {
  if (!actor) return false;
  if (isStaff(actor)) return true;
  if (holdsOrganization(actor.role)) return !!actor.organizationId && row.organizationId === actor.organizationId;
  return row.createdById === actor.id;
}

