// Receiving an evidence file: its bytes arrive as a stream (the multipart route) or all at once (the
// base64 procedure kept for scripts); either way they are counted, hashed and written to a temporary
// file as they come, so a 20 MB upload never sits whole in memory, and are refused past the limit.
// The same checks as before follow: the type by its first bytes, the quota, one stored file per hash.
import { createHash, randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { finished } from "node:stream/promises";
import { upload } from "~/db/schema";
import { db } from "~/db/client";
import { env } from "~/server/env";
import { AppError } from "~/server/errors";
import { recordAuditEvent } from "~/server/services/audit/record-audit-event";
import type { AuthedServiceContext } from "~/server/services/context";
import { MAX_EVIDENCE_BYTES } from "~/server/uploads/limits";
import { sniffFileType } from "./sniff-file-type";
import { assertWithinUploadQuota, lockFor } from "./upload-quota";

export const storagePath = (sha256: string) => path.resolve(env.UPLOADS_DIR, sha256.slice(0, 2), sha256);

/** Keeps a display name harmless: no paths, no control characters. */
export const cleanFileName = (name: string) =>
  (path.basename(name.replace(/\\/g, "/")).replace(/[\u0000-\u001f\u007f"]/g, "").trim() || "file").slice(0, 200);

/** Enough of the start of a file for every signature sniff-file-type.ts knows. */
const SNIFF_BYTES = 16;

export interface TStoreUploadInput {
  fileName: string;
  /** The bytes as they arrive: a stream, or (for the base64 path) one chunk in a list. */
  content: AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
}

const tooLarge = () =>
  new AppError("PAYLOAD_TOO_LARGE", "file too large", { messageKey: "fileTooLarge", details: { maxMegabytes: MAX_EVIDENCE_BYTES / (1024 * 1024) } });

/** Streams `content` to a temporary file; returns its size, hash and first bytes, or throws when over the limit. */
async function spool(content: TStoreUploadInput["content"], tempFile: string) {
  const hash = createHash("sha256");
  const out = createWriteStream(tempFile, { mode: 0o600 });
  let size = 0;
  let head = new Uint8Array(0);
  try {
    for await (const chunk of content) {
      size += chunk.length;
      if (size > MAX_EVIDENCE_BYTES) throw tooLarge();
      if (head.length < SNIFF_BYTES) head = new Uint8Array([...head, ...chunk.subarray(0, SNIFF_BYTES - head.length)]);
      hash.update(chunk);
      // Respect back-pressure: the disk may be slower than the network.
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
    }
    out.end();
    await finished(out);
  } catch (err) {
    out.destroy();
    throw err;
  }
  return { size, sha256: hash.digest("hex"), head };
}

export async function storeUpload({ ctx, input }: { ctx: AuthedServiceContext; input: TStoreUploadInput }) {
  const incoming = path.resolve(env.UPLOADS_DIR, ".incoming");
  await fs.mkdir(incoming, { recursive: true });
  const tempFile = path.join(incoming, randomUUID());
  try {
    const { size, sha256, head } = await spool(input.content, tempFile);
    if (size === 0) throw new AppError("BAD_REQUEST", "empty file", { messageKey: "fileEmpty" });
    const type = sniffFileType(head, input.fileName);
    if (!type) throw new AppError("BAD_REQUEST", "file type not accepted", { messageKey: "fileTypeRefused" });
    const target = storagePath(sha256);
    return await db.transaction(async (tx) => {
      // Counted and inserted under one lock per person, so parallel uploads cannot both pass the quota.
      await assertWithinUploadQuota(tx, ctx.viewer.id, size);
      // The orphan cleanup takes the same lock before it removes a stored file nothing else shares.
      await lockFor(tx, `upload-file:${sha256}`);
      await fs.mkdir(path.dirname(target), { recursive: true });
      // Same content, same file: replacing it with identical bytes is harmless.
      await fs.rename(tempFile, target);
      const [row] = await tx
        .insert(upload)
        .values({ sha256, mime: type.mime, size, filename: cleanFileName(input.fileName), uploadedById: ctx.viewer.id })
        .returning();
      await recordAuditEvent(tx, ctx, { action: "record.upload", entityType: "upload", entityId: row!.id, after: row });
      return { id: row!.id, filename: row!.filename, mime: row!.mime, size: row!.size };
    });
  } finally {
    await fs.rm(tempFile, { force: true });
  }
}
