// How much one person may upload: at most UPLOAD_QUOTA_FILES_PER_DAY files and UPLOAD_QUOTA_MB_PER_DAY
// megabytes in any 24 hours, counted from the upload table itself (no separate ledger to drift).
import { and, eq, gt, sql } from "drizzle-orm";
import type { Queryable } from "~/db/client";
import { upload } from "~/db/schema";
import { env } from "~/server/env";
import { AppError } from "~/server/errors";

export const QUOTA_WINDOW_MS = 24 * 60 * 60 * 1000;

export interface UploadQuota {
  maxFiles: number;
  maxBytes: number;
}

export const configuredUploadQuota = (): UploadQuota => ({
  maxFiles: env.UPLOAD_QUOTA_FILES_PER_DAY,
  maxBytes: env.UPLOAD_QUOTA_MB_PER_DAY * 1024 * 1024,
});

/** Serialises one person's uploads (or one stored file's writes and removal) until the transaction ends. */
export async function lockFor(tx: Queryable, key: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
}

/** Throws RATE_LIMITED, naming the limits, when one more file of `size` bytes would exceed the quota. */
export async function assertWithinUploadQuota(
  tx: Queryable,
  userId: string,
  size: number,
  quota: UploadQuota = configuredUploadQuota(),
  now = new Date(),
) {
  await lockFor(tx, `upload-quota:${userId}`);
  const [used] = await tx
    .select({ files: sql<number>`count(*)::int`, bytes: sql<string>`coalesce(sum(${upload.size}), 0)::bigint` })
    .from(upload)
    .where(and(eq(upload.uploadedById, userId), gt(upload.createdAt, new Date(now.getTime() - QUOTA_WINDOW_MS))));
  const files = Number(used?.files ?? 0);
  const bytes = Number(used?.bytes ?? 0);
  if (files + 1 > quota.maxFiles || bytes + size > quota.maxBytes) {
    throw new AppError("RATE_LIMITED", "upload quota exceeded", {
      messageKey: "uploadQuotaExceeded",
      details: { maxFiles: quota.maxFiles, maxMegabytes: Math.floor(quota.maxBytes / (1024 * 1024)) },
    });
  }
}
