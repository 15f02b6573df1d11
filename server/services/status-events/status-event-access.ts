// Who sees which status events: everyone the published ones of records they may read; a member also
// their organisation's proposals, a parliamentarian their own; staff everything (to review it).
import { and, eq, isNull, or, type SQL, sql } from "drizzle-orm";
import { recordStatusEvent } from "~/db/schema";
import { holdsOrganization, isStaff, type Viewer } from "~/server/auth/policy";

export function visibleEventsWhere(viewer: Viewer | null): SQL {
  const live = isNull(recordStatusEvent.deletedAt);
  const published = eq(recordStatusEvent.reviewStatus, "published");
  if (isStaff(viewer)) return and(live, sql`true`)!;
  if (!viewer) return and(live, published)!;
  const own =
    holdsOrganization(viewer.role) && viewer.organizationId
      ? eq(recordStatusEvent.organizationId, viewer.organizationId)
      : eq(recordStatusEvent.createdById, viewer.id);
  return and(live, or(published, own))!;
}

/** The columns every answer about an event carries (zod drops what a caller's shape does not name). */
export const eventColumns = {
  id: recordStatusEvent.id,
  recordId: recordStatusEvent.recordId,
  origin: recordStatusEvent.origin,
  date: recordStatusEvent.date,
  status: recordStatusEvent.status,
  evidenceUrl: recordStatusEvent.evidenceUrl,
  note: recordStatusEvent.note,
  publishedAt: recordStatusEvent.publishedAt,
  reviewStatus: recordStatusEvent.reviewStatus,
  decisionMessage: recordStatusEvent.decisionMessage,
  version: recordStatusEvent.version,
  createdAt: recordStatusEvent.createdAt,
};
