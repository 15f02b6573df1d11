// Evidence files: stored by content hash under UPLOADS_DIR, within a daily quota per person, and read
// back only by the uploader or people who may see something legitimately citing them (upload-access.ts).
import fs from "node:fs/promises";
import path from "node:path";
import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "~/db/client";
import { upload } from "~/db/schema";
import { env } from "~/server/env";
import { AppError, notFound } from "~/server/errors";
import type { Viewer } from "~/server/auth/policy";
import { recordAuditEvent } from "~/server/services/audit/record-audit-event";
import type { AuthedServiceContext } from "~/server/services/context";
import { assertWithinUploadQuota, lockFor } from "./upload-quota";
import { mayReadUpload } from "./upload-access";
import { sniffFileType } from "./sniff-file-type";

export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;

export const ZUploadEvidenceInputSchema = z.object({
  fileName: z.string().trim().min(1).max(255),
  // Base64 of at most 20 MB (4/3 of it, rounded up).
  contentBase64: z.string().min(1).max(Math.ceil((MAX_EVIDENCE_BYTES * 4) / 3) + 4),
});

export const storagePath = (sha256: string) => path.resolve(env.UPLOADS_DIR, sha256.slice(0, 2), sha256);

/** Keeps a display name harmless: no paths, no control characters. */
const cleanName = (name: string) =>
  (path.basename(name.replace(/\\/g, "/")).replace(/[\u0000-\u001f\u007f"]/g, "").trim() || "file").slice(0, 200);

export async function uploadEvidence({ ctx, input }: { ctx: AuthedServiceContext; input: z.output<typeof ZUploadEvidenceInputSchema> }) {
  const bytes = new Uint8Array(Buffer.from(input.contentBase64, "base64"));
  if (bytes.length === 0) throw new AppError("BAD_REQUEST", "empty file", { messageKey: "fileEmpty" });
  if (bytes.length > MAX_EVIDENCE_BYTES) throw new AppError("BAD_REQUEST", "file too large", { messageKey: "fileTooLarge" });
  const type = sniffFileType(bytes, input.fileName);
  if (!type) throw new AppError("BAD_REQUEST", "file type not accepted", { messageKey: "fileTypeRefused" });
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const target = storagePath(sha256);
  return db.transaction(async (tx) => {
    // Counted and inserted under one lock per person, so parallel uploads cannot both pass the quota.
    await assertWithinUploadQuota(tx, ctx.actor.id, bytes.length);
    // The orphan cleanup takes the same lock before it removes a stored file nothing else shares.
    await lockFor(tx, `upload-file:${sha256}`);
    await fs.mkdir(path.dirname(target), { recursive: true });
    // Same content, same file: writing it again is harmless, and "wx" would fail on a duplicate.
    await fs.writeFile(target, bytes, { mode: 0o600 });
    const [row] = await tx
      .insert(upload)
      .values({ sha256, mime: type.mime, size: bytes.length, filename: cleanName(input.fileName), uploadedById: ctx.actor.id })
      .returning();
    await recordAuditEvent(tx, ctx, { action: "record.upload", entityType: "upload", entityId: row!.id, after: row });
    return { id: row!.id, filename: row!.filename, mime: row!.mime, size: row!.size };
  });
}

/** The file if the person may read it (upload-access.ts); unknown and forbidden ids alike are "not found". */
export async function readEvidenceFile(actor: Viewer | null, id: string) {
  if (!z.uuid().safeParse(id).success) throw notFound("file");
  const [file] = await db.select().from(upload).where(eq(upload.id, id));
  if (!file || !(await mayReadUpload(db, actor, file))) throw notFound("file");
  const bytes = await fs.readFile(storagePath(file.sha256)).catch(() => null);
  if (!bytes) throw notFound("file");
  return { file, bytes };
}
