// Evidence files: stored by content hash under UPLOADS_DIR, and read back only by people who may
// see a record or an advocacy action citing them (or who uploaded them, or the secretariat — except
// for files of actions they may not see: an organisation's private attachments stay inside it).
import fs from "node:fs/promises";
import path from "node:path";
import { createHash } from "node:crypto";
import { and, eq, not } from "drizzle-orm";
import { z } from "zod";
import { db } from "~/db/client";
import { advocacyAction, advocacyActionAttachment, record, recordEvidence, upload } from "~/db/schema";
import { env } from "~/server/env";
import { AppError, notFound } from "~/server/errors";
import type { Actor } from "~/server/auth/policy";
import { recordAuditEvent } from "~/server/services/audit/record-audit-event";
import type { AuthedServiceContext } from "~/server/services/context";
import { visibleActionsWhere } from "~/server/services/advocacy/action-visibility";
import { isStaff, visibleWhere } from "~/server/services/records/record-access";
import { sniffFileType } from "./sniff-file-type";

export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;

export const ZUploadEvidenceInputSchema = z.object({
  fileName: z.string().trim().min(1).max(255),
  // Base64 of at most 20 MB (4/3 of it, rounded up).
  contentBase64: z.string().min(1).max(Math.ceil((MAX_EVIDENCE_BYTES * 4) / 3) + 4),
});

const storagePath = (sha256: string) => path.resolve(env.UPLOADS_DIR, sha256.slice(0, 2), sha256);

/** Keeps a display name harmless: no paths, no control characters. */
const cleanName = (name: string) =>
  (path.basename(name.replace(/\\/g, "/")).replace(/[\u0000-\u001f\u007f"]/g, "").trim() || "file").slice(0, 200);

export async function uploadEvidence(ctx: AuthedServiceContext, input: z.output<typeof ZUploadEvidenceInputSchema>) {
  const bytes = new Uint8Array(Buffer.from(input.contentBase64, "base64"));
  if (bytes.length === 0) throw new AppError("BAD_REQUEST", "empty file", { messageKey: "fileEmpty" });
  if (bytes.length > MAX_EVIDENCE_BYTES) throw new AppError("BAD_REQUEST", "file too large", { messageKey: "fileTooLarge" });
  const type = sniffFileType(bytes, input.fileName);
  if (!type) throw new AppError("BAD_REQUEST", "file type not accepted", { messageKey: "fileTypeRefused" });
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const target = storagePath(sha256);
  await fs.mkdir(path.dirname(target), { recursive: true });
  // Same content, same file: writing it again is harmless, and "wx" would fail on a duplicate.
  await fs.writeFile(target, bytes, { mode: 0o600 });
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(upload)
      .values({ sha256, mime: type.mime, size: bytes.length, filename: cleanName(input.fileName), uploadedById: ctx.actor.id })
      .returning();
    await recordAuditEvent(tx, ctx, { action: "record.upload", entityType: "upload", entityId: row!.id, after: row });
    return { id: row!.id, filename: row!.filename, mime: row!.mime, size: row!.size };
  });
}

/** The file if the person may see it: a visible record or action cites it, they uploaded it, or they
 *  are staff and no action they may not see holds it. */
export async function readEvidenceFile(actor: Actor | null, id: string) {
  if (!z.uuid().safeParse(id).success) throw notFound("file");
  const [file] = await db.select().from(upload).where(eq(upload.id, id));
  if (!file) throw notFound("file");
  const byRecord = async () =>
    (
      await db
        .select({ id: record.id })
        .from(recordEvidence)
        .innerJoin(record, eq(record.id, recordEvidence.recordId))
        .where(and(eq(recordEvidence.uploadId, id), visibleWhere(actor)))
        .limit(1)
    ).length > 0;
  const byAction = async (visible: boolean) =>
    (
      await db
        .select({ id: advocacyAction.id })
        .from(advocacyActionAttachment)
        .innerJoin(advocacyAction, eq(advocacyAction.id, advocacyActionAttachment.actionId))
        .where(
          and(
            eq(advocacyActionAttachment.uploadId, id),
            visible ? visibleActionsWhere(actor) : not(visibleActionsWhere(actor)),
          ),
        )
        .limit(1)
    ).length > 0;
  const mayRead =
    (actor && file.uploadedById === actor.id) ||
    (isStaff(actor) && !(await byAction(false))) ||
    (await byRecord()) ||
    (await byAction(true));
  if (!mayRead) throw notFound("file");
  const bytes = await fs.readFile(storagePath(file.sha256)).catch(() => null);
  if (!bytes) throw notFound("file");
  return { file, bytes };
}
