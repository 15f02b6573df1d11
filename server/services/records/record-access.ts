// Who sees and who may change which records, as SQL for the where clause and as the same rule in
// JavaScript for what a page offers. Keep the two in step: the integration tests check both.
import { and, eq, isNull, or, type SQL, sql } from "drizzle-orm";
import { record } from "~/db/schema";
import { type Viewer, holdsOrganization, isStaff } from "~/server/auth/policy";

/** Records a person may read: the published ones, plus their organisation's (members) or their own. */
export function visibleWhere(viewer: Viewer | null, opts: { includeDeleted?: boolean } = {}): SQL {
  const live = opts.includeDeleted && isStaff(viewer) ? undefined : isNull(record.deletedAt);
  const published = eq(record.reviewStatus, "published");
  if (isStaff(viewer)) return and(live, sql`true`)!;
  return and(live, ownedWhere(viewer) ? or(published, ownedWhere(viewer)) : published)!;
}

/** Records a person may edit (within the workflow's limits): staff all, others what they own. */
export function ownedWhere(viewer: Viewer | null): SQL | undefined {
  if (!viewer) return sql`false`;
  if (isStaff(viewer)) return undefined;
  if (holdsOrganization(viewer.role) && viewer.organizationId) return eq(record.organizationId, viewer.organizationId);
  return eq(record.createdById, viewer.id);
}

export function editableWhere(viewer: Viewer, id: string): SQL {
  return and(eq(record.id, id), isNull(record.deletedAt), ownedWhere(viewer))!;
}

/** The same ownership rule as `ownedWhere`, for a row already loaded. */
export function owns(
  viewer: Viewer | null,
  row: { organizationId: string | null; createdById: string },
): boolean {
  if (!viewer) return false;
  if (isStaff(viewer)) return true;
  if (holdsOrganization(viewer.role)) return !!viewer.organizationId && row.organizationId === viewer.organizationId;
  return row.createdById === viewer.id;
}

