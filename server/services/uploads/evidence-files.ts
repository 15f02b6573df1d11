// Evidence files: stored by content hash under UPLOADS_DIR, within a daily quota per person, and read
// back only by the uploader or people who may see something legitimately citing them (upload-access.ts).
import fs from "node:fs/promises";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "~/db/client";
import { upload } from "~/db/schema";
import { AppError, notFound } from "~/server/errors";
import type { Viewer } from "~/server/auth/policy";
import type { AuthedServiceContext } from "~/server/services/context";
import { MAX_EVIDENCE_BYTES } from "~/server/uploads/limits";
import { storagePath, storeUpload } from "./store-upload";
import { mayReadUpload } from "./upload-access";

export { storagePath };

export { MAX_EVIDENCE_BYTES };

export const ZUploadEvidenceInputSchema = z.object({
  fileName: z.string().trim().min(1).max(255),
  // Base64 of at most 20 MB (4/3 of it, rounded up).
  contentBase64: z.string().min(1).max(Math.ceil((MAX_EVIDENCE_BYTES * 4) / 3) + 4),
});

/** The base64 path (scripts, tests); the forms stream multipart to /api/uploads. Same checks, same store. */
export async function uploadEvidence({ ctx, input }: { ctx: AuthedServiceContext; input: z.output<typeof ZUploadEvidenceInputSchema> }) {
  const bytes = new Uint8Array(Buffer.from(input.contentBase64, "base64"));
  if (bytes.length > MAX_EVIDENCE_BYTES) throw new AppError("BAD_REQUEST", "file too large", { messageKey: "fileTooLarge" });
  return storeUpload({ ctx, input: { fileName: input.fileName, content: [bytes] } });
}

/** The file if the person may read it (upload-access.ts); unknown and forbidden ids alike are "not found". */
export async function readEvidenceFile(viewer: Viewer | null, id: string) {
  if (!z.uuid().safeParse(id).success) throw notFound("file");
  const [file] = await db.select().from(upload).where(eq(upload.id, id));
  if (!file || !(await mayReadUpload(db, viewer, file))) throw notFound("file");
  const bytes = await fs.readFile(storagePath(file.sha256)).catch(() => null);
  if (!bytes) throw notFound("file");
  return { file, bytes };
}
