// For the secretariat's "my work": how much waits for review, and since when the oldest waits.
import { count, min, sql } from "drizzle-orm";
import { db } from "~/db/client";
import { record } from "~/db/schema";
import type { Viewer } from "~/server/auth/policy";
import { listWhere, ZListRecordsInputSchema } from "~/server/services/records/list-records";

export async function reviewSummary({ ctx: { viewer } }: { ctx: { viewer: Viewer } }) {
  const where = listWhere(viewer, ZListRecordsInputSchema.parse({ awaitingReview: true }));
  const [row] = await db
    .select({ n: count(), oldest: min(sql<Date>`coalesce(${record.submittedAt}, ${record.updatedAt})`) })
    .from(record)
    .where(where);
  const oldest = row?.oldest ? new Date(row.oldest) : null;
  return {
    count: row?.n ?? 0,
    oldestDays: oldest ? Math.floor((Date.now() - oldest.getTime()) / 86_400_000) : null,
  };
}
