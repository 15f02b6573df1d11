// Uploads that nothing cites — no record's evidence, no action's attachment, no revision in a record's
// history (so a restore never finds its file gone) — are removed once UPLOAD_ORPHAN_GRACE_HOURS old:
// the row, and the stored file unless another upload row has the same content. Each removal is its
// own transaction that re-checks and claims the row (`delete … returning`), so several instances
// running the jobs at once remove, and audit, each orphan once.
import fs from "node:fs/promises";
import { and, eq, ne, sql, type SQL } from "drizzle-orm";
import { db } from "~/db/client";
import { advocacyActionAttachment, recordEvidence, recordRevision, upload } from "~/db/schema";
import { env } from "~/server/env";
import { logger } from "~/server/logger";
import { recordAuditEvent } from "~/server/services/audit/record-audit-event";
import { storagePath } from "./evidence-files";
import { lockFor } from "./upload-quota";

const BATCH = 200;

// Ages are measured on the database's clock, which stamped `created_at`: a job run with another
// notion of "now" (a test's, a skewed instance's) never removes a file uploaded a moment ago.
function orphanWhere(graceHours: number): SQL {
  return and(
    sql`${upload.createdAt} < now() - make_interval(hours => ${graceHours})`,
    sql`not exists (select 1 from ${recordEvidence} where ${recordEvidence.uploadId} = ${upload.id})`,
    sql`not exists (select 1 from ${advocacyActionAttachment} where ${advocacyActionAttachment.uploadId} = ${upload.id})`,
    // One pass over the revisions (a hashed subplan), not one per upload.
    sql`${upload.id}::text not in (
      select e ->> 'uploadId' from ${recordRevision}
      cross join lateral jsonb_array_elements(${recordRevision.snapshot} -> 'evidence') as e
      where e ->> 'uploadId' is not null)`,
  )!;
}

export async function removeOrphanUploads(graceHours = env.UPLOAD_ORPHAN_GRACE_HOURS): Promise<number> {
  const candidates = await db.select({ id: upload.id }).from(upload).where(orphanWhere(graceHours)).limit(BATCH);
  let removed = 0;
  for (const { id } of candidates) {
    const done = await db.transaction(async (tx) => {
      const [row] = await tx.select({ sha256: upload.sha256 }).from(upload).where(eq(upload.id, id));
      if (!row) return false;
      // Taken before the delete: an upload of the same content waits, then finds its file written anew.
      await lockFor(tx, `upload-file:${row.sha256}`);
      const [gone] = await tx.delete(upload).where(and(eq(upload.id, id), orphanWhere(graceHours))).returning();
      if (!gone) return false; // cited meanwhile, or removed by another runner
      await recordAuditEvent(tx, { viewer: null, requestId: "jobs" }, {
        action: "upload.remove_orphan",
        entityType: "upload",
        entityId: gone.id,
        before: gone,
      });
      const [shared] = await tx.select({ id: upload.id }).from(upload).where(and(eq(upload.sha256, gone.sha256), ne(upload.id, gone.id))).limit(1);
      if (!shared) {
        await fs.rm(storagePath(gone.sha256), { force: true }).catch((error: unknown) => {
          logger.warn("uploads.orphan_file_not_removed", { uploadId: gone.id, error });
        });
      }
      return true;
    });
    if (done) removed += 1;
  }
  return removed;
}
