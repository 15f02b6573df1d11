// A record's `status` column is its status now: the latest published status event dated today or
// earlier (decision 025). Lists, forms and CSV exports keep reading the column; the history is in the events.
import { and, desc, eq, isNull, lte, ne, sql } from "drizzle-orm";
import type { Tx } from "~/db/client";
import { record, recordStatusEvent } from "~/db/schema";

export async function refreshRecordStatus(tx: Tx, recordId: string, today: string) {
  const [latest] = await tx
    .select({ status: recordStatusEvent.status })
    .from(recordStatusEvent)
    .where(
      and(
        eq(recordStatusEvent.recordId, recordId),
        eq(recordStatusEvent.reviewStatus, "published"),
        isNull(recordStatusEvent.deletedAt),
        lte(recordStatusEvent.date, today),
      ),
    )
    .orderBy(desc(recordStatusEvent.date), desc(recordStatusEvent.publishedAt), desc(recordStatusEvent.id))
    .limit(1);
  if (!latest) return;
  // A version bump: someone editing the record from an older copy gets the usual conflict.
  await tx
    .update(record)
    .set({ status: latest.status, version: sql`${record.version} + 1`, updatedAt: new Date() })
    .where(and(eq(record.id, recordId), ne(record.status, latest.status)));
}

/** Whether the record has published status changes after its opening: then its status moves only by events. */
export async function hasStatusHistory(tx: Tx, recordId: string) {
  const [row] = await tx
    .select({ id: recordStatusEvent.id })
    .from(recordStatusEvent)
    .where(
      and(
        eq(recordStatusEvent.recordId, recordId),
        eq(recordStatusEvent.origin, "update"),
        eq(recordStatusEvent.reviewStatus, "published"),
        isNull(recordStatusEvent.deletedAt),
      ),
    )
    .limit(1);
  return !!row;
}
