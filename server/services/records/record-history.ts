// A record's revisions, newest first, each with what changed since the applied revision before it.
import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "~/db/client";
import { record, recordRevision, user } from "~/db/schema";
import { type Viewer, isStaff } from "~/server/auth/policy";
import { notFound } from "~/server/errors";
import { editableWhere } from "./record-access";
import { diffSnapshots } from "./record-diff";
import type { Snapshot } from "./record-links";

export const ZRecordHistoryInputSchema = z.object({ id: z.uuid() });

export async function recordHistory({ ctx: { viewer }, input }: { ctx: { viewer: Viewer }; input: { id: string } }) {
  // History shows unpublished proposals, so it is for the record's owners and the secretariat.
  const [row] = await db.select({ id: record.id }).from(record).where(and(editableWhere(viewer, input.id)));
  if (!row) {
    const [deleted] = await db.select({ id: record.id }).from(record).where(eq(record.id, input.id));
    if (!deleted || !isStaff(viewer)) throw notFound("record");
  }
  const revisions = await db
    .select({
      id: recordRevision.id,
      number: recordRevision.number,
      state: recordRevision.state,
      snapshot: recordRevision.snapshot,
      createdAt: recordRevision.createdAt,
      createdBy: user.name,
    })
    .from(recordRevision)
    .leftJoin(user, eq(user.id, recordRevision.createdById))
    .where(eq(recordRevision.recordId, input.id))
    .orderBy(asc(recordRevision.number));
  let lastApplied: Snapshot | null = null;
  const out = revisions.map((r) => {
    const snapshot = r.snapshot as Snapshot;
    const diff = diffSnapshots(lastApplied, snapshot);
    if (r.state === "applied") lastApplied = snapshot;
    return { id: r.id, number: r.number, state: r.state, createdAt: r.createdAt, createdBy: r.createdBy, diff };
  });
  return out.reverse();
}
