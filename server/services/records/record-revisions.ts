// Writing revisions: every applied save and every pending proposal is a numbered snapshot.
import { and, eq, max } from "drizzle-orm";
import type { Queryable } from "~/db/client";
import { record, recordRevision } from "~/db/schema";
import type { Viewer } from "~/server/auth/policy";
import { staleVersion } from "~/server/errors";
import { loadSnapshot, type Snapshot, writeLinks } from "./record-links";

type RevisionState = (typeof recordRevision.$inferSelect)["state"];

export async function addRevision(
  tx: Queryable,
  recordId: string,
  state: RevisionState,
  snapshot: Snapshot,
  viewer: Viewer | null,
) {
  // Numbering under the record's row lock (callers have updated the record in this transaction).
  const [last] = await tx.select({ n: max(recordRevision.number) }).from(recordRevision).where(eq(recordRevision.recordId, recordId));
  const [row] = await tx
    .insert(recordRevision)
    .values({ recordId, number: Number(last?.n ?? 0) + 1, state, snapshot, createdById: viewer?.id ?? null })
    .returning();
  return row!;
}

/** Puts a snapshot's fields and links on the record (approval of a pending edit, restore). */
export async function applySnapshot(
  tx: Queryable,
  row: typeof record.$inferSelect,
  snapshot: Snapshot,
  extra: Partial<typeof record.$inferInsert>,
) {
  const [after] = await tx
    .update(record)
    .set({ ...snapshot.fields, ...extra, version: row.version + 1, updatedAt: new Date() })
    .where(and(eq(record.id, row.id), eq(record.version, row.version)))
    .returning();
  if (!after) throw await staleRecord(tx, row.id);
  await writeLinks(tx, row.id, snapshot);
  return after!;
}

/**
 * The conflict error for a save based on an old version: it carries the record as it is now (read
 * again, so it includes the other person's committed change) with its links, for the form to show.
 */
export async function staleRecord(tx: Queryable, id: string) {
  const [current] = await tx.select().from(record).where(eq(record.id, id));
  return staleVersion("record", current ? { ...current, links: await loadSnapshot(tx, current) } : null);
}
