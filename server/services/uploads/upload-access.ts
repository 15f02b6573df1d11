// Loads what the file rule (file-citation-rule.ts) needs about one upload — who uploaded it, what
// cites it, who could have made each citation — and answers the two questions every path asks:
// may this person read the file (/api/files), and may they cite or attach it (records, actions).
import { and, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { Queryable } from "~/db/client";
import { advocacyAction, advocacyActionAttachment, membership, record, recordEvidence, recordRevision, upload, user } from "~/db/schema";
import { type Viewer, COALITION_ROLES, STAFF_ROLES } from "~/server/auth/policy";
import { type Citation, type CitingRecord, mayReadFile, type Person } from "./file-citation-rule";

/** Someone known only by id (no longer active): enough to recognise the uploader, sees only what is public. */
const identityOnly = (id: string): Person => ({ id, role: "parliamentarian", organizationId: null });
/** Any member of an organisation: members of one organisation all see the same records and actions. */
const memberOf = (organizationId: string): Person => ({ id: "", role: "member", organizationId });

async function citationsOf(q: Queryable, uploadId: string) {
  const recordColumns = {
    organizationId: record.organizationId,
    createdById: record.createdById,
    reviewStatus: record.reviewStatus,
    deletedAt: record.deletedAt,
  };
  const [records, proposals, actions] = await Promise.all([
    q
      .select(recordColumns)
      .from(recordEvidence)
      .innerJoin(record, eq(record.id, recordEvidence.recordId))
      .where(eq(recordEvidence.uploadId, uploadId)),
    // A proposed edit of a published record lives only in its pending (or returned) revision.
    q
      .select({ ...recordColumns, proposerId: recordRevision.createdById })
      .from(recordRevision)
      .innerJoin(record, eq(record.pendingRevisionId, recordRevision.id))
      .where(
        and(
          inArray(recordRevision.state, ["pending", "changes_requested"]),
          sql`${recordRevision.snapshot} -> 'evidence' @> ${JSON.stringify([{ uploadId }])}::jsonb`,
        ),
      ),
    q
      .select({
        organizationId: advocacyAction.organizationId,
        visibility: advocacyAction.visibility,
        deletedAt: advocacyAction.deletedAt,
        createdById: advocacyAction.createdById,
      })
      .from(advocacyActionAttachment)
      .innerJoin(advocacyAction, eq(advocacyAction.id, advocacyActionAttachment.actionId))
      .where(eq(advocacyActionAttachment.uploadId, uploadId)),
  ]);
  return { records, proposals, actions };
}

/** Current people (active membership, not deactivated) among `ids`, plus every current staff person. */
async function currentPeople(q: Queryable, ids: string[]): Promise<{ byId: Map<string, Person>; staff: Person[] }> {
  const rows = await q
    .select({ id: user.id, role: membership.role, organizationId: membership.organizationId })
    .from(user)
    .innerJoin(membership, and(eq(membership.userId, user.id), isNull(membership.endedAt)))
    .where(
      and(
        isNull(user.deactivatedAt),
        or(ids.length ? inArray(user.id, ids) : undefined, inArray(membership.role, [...STAFF_ROLES])),
      ),
    );
  return {
    byId: new Map(rows.map((r) => [r.id, r])),
    staff: rows.filter((r) => (STAFF_ROLES as readonly string[]).includes(r.role)),
  };
}

/** Every citation of the upload with the people who could have made it. */
export async function loadCitations(q: Queryable, file: { id: string; uploadedById: string }): Promise<Citation[]> {
  const { records, proposals, actions } = await citationsOf(q, file.id);
  if (!records.length && !proposals.length && !actions.length) return [];
  const creators = [...records, ...proposals, ...actions].map((r) => r.createdById);
  const proposers = proposals.flatMap((p) => (p.proposerId ? [p.proposerId] : []));
  const [{ byId, staff }, uploaderHistory] = await Promise.all([
    currentPeople(q, [...new Set([...creators, ...proposers])]),
    // Every organisation and role the uploader ever had: a file they put on their organisation's
    // record stays legitimately cited after they leave it.
    q
      .select({ role: membership.role, organizationId: membership.organizationId })
      .from(membership)
      .where(eq(membership.userId, file.uploadedById)),
  ]);
  const person = (id: string) => byId.get(id) ?? identityOnly(id);
  const uploader = identityOnly(file.uploadedById);
  const uploaderWasOf = (organizationId: string | null) =>
    uploaderHistory.some((m) => m.organizationId === organizationId && (COALITION_ROLES as readonly string[]).includes(m.role));
  const uploaderWasStaff = uploaderHistory.some((m) => (STAFF_ROLES as readonly string[]).includes(m.role));

  // A record's editors: its creator, its organisation's members, and the secretariat (staff edit any record).
  const recordEditors = (r: CitingRecord): Person[] => [
    person(r.createdById),
    ...(r.organizationId ? [memberOf(r.organizationId)] : []),
    ...staff,
    ...(uploaderWasOf(r.organizationId) || uploaderWasStaff ? [uploader] : []),
  ];
  return [
    ...records.map((r): Citation => ({ kind: "record", record: r, mayHaveCited: recordEditors(r) })),
    ...proposals.map(
      (r): Citation => ({
        kind: "proposal",
        record: r,
        mayHaveCited: [...(r.proposerId ? [person(r.proposerId)] : []), ...recordEditors(r)],
      }),
    ),
    // An action's editors are people of its organisation only.
    ...actions.map(
      (a): Citation => ({
        kind: "action",
        action: a,
        mayHaveCited: [
          person(a.createdById),
          memberOf(a.organizationId),
          ...staff.filter((s) => s.organizationId === a.organizationId),
          ...(uploaderWasOf(a.organizationId) ? [uploader] : []),
        ],
      }),
    ),
  ];
}

/** May `viewer` read the upload (their own, or one they see through something that legitimately cites it)? */
export async function mayReadUpload(q: Queryable, viewer: Viewer | null, file: { id: string; uploadedById: string }) {
  if (viewer && viewer.id === file.uploadedById) return true;
  return mayReadFile(viewer, file.uploadedById, await loadCitations(q, file));
}

/** The ids among `uploadIds` that `viewer` may not cite or attach — unknown ones included, unnamed as such. */
export async function uncitableUploads(q: Queryable, viewer: Viewer, uploadIds: string[]): Promise<string[]> {
  const ids = [...new Set(uploadIds)];
  if (!ids.length) return [];
  const files = await q.select({ id: upload.id, uploadedById: upload.uploadedById }).from(upload).where(inArray(upload.id, ids));
  const refused: string[] = [];
  for (const id of ids) {
    const file = files.find((f) => f.id === id);
    if (!file || !(await mayReadUpload(q, viewer, file))) refused.push(id);
  }
  return refused;
}
