// The evidence-file upload endpoint: one file per multipart/form-data POST, streamed through busboy
// into the upload service (server/services/uploads/store-upload.ts), which counts, hashes and writes
// it as it arrives. The route file only supplies who is signed in, so this can be exercised with a
// plain Request. Answers are JSON: the upload's id and name, or an error with its message key.
import { Readable } from "node:stream";
import busboy from "busboy";
import type { Viewer } from "~/server/auth/policy";
import { can } from "~/server/auth/policy";
import { crossSiteRefusal, isCrossSiteRequest } from "~/server/auth/same-origin";
import { ensureDatabaseReady } from "~/server/bootstrap";
import { AppError, errorMapping } from "~/server/errors";
import { logger } from "~/server/logger";
import { storeUpload } from "~/server/services/uploads/store-upload";
import { MAX_EVIDENCE_BYTES } from "~/server/uploads/limits";

export const UPLOAD_ENDPOINT = "/api/uploads";

/** The multipart framing around one file: boundaries, headers, a long file name. */
const ENVELOPE_BYTES = 64 * 1024;

const noStore = { "Cache-Control": "no-store" };

function answer(error: AppError, extra: Record<string, string> = {}) {
  return Response.json(
    { error: error.code, messageKey: error.messageKey, details: error.details ?? {} },
    { status: errorMapping[error.code].http, headers: { ...noStore, ...extra } },
  );
}

const badRequest = () => new AppError("BAD_REQUEST", "one file, as multipart/form-data", { messageKey: "badRequest" });

/** The first file part of the body, as a stream and a name; anything else in the body is refused. */
function firstFile(request: Request & { body: ReadableStream<Uint8Array> }) {
  return new Promise<{ fileName: string; content: Readable; malformed: () => boolean }>((resolve, reject) => {
    let broken = false;
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: { "content-type": request.headers.get("content-type") ?? "" },
        // Names arrive as UTF-8 from browsers (Chinese file names).
        defParamCharset: "utf8",
        limits: { files: 1, fields: 0, parts: 1, fileSize: MAX_EVIDENCE_BYTES + 1, fieldNameSize: 100 },
      });
    } catch {
      reject(badRequest());
      return;
    }
    let current: Readable | null = null;
    parser.on("file", (_field, content, info) => {
      current = content;
      // Its failures reach the reader (the upload service) through iteration; this only keeps a
      // failure after the reader stopped from becoming an uncaught exception.
      content.on("error", () => undefined);
      resolve({ fileName: info.filename ?? "", content, malformed: () => broken });
    });
    // A body cut short or malformed mid-file fails the file's stream with a 400, not a 500.
    parser.on("error", () => {
      broken = true;
      current?.destroy(badRequest());
      reject(badRequest());
    });
    parser.on("close", () => reject(badRequest()));
    Readable.fromWeb(request.body as never).pipe(parser);
  });
}

export async function handleUploadRequest(request: Request, resolveViewer: () => Promise<Viewer | null>): Promise<Response> {
  if (isCrossSiteRequest(request.headers)) return crossSiteRefusal();
  const declared = request.headers.get("content-length");
  if (declared !== null && (!/^\d+$/.test(declared.trim()) || Number(declared) > MAX_EVIDENCE_BYTES + ENVELOPE_BYTES)) {
    const limit = new AppError("PAYLOAD_TOO_LARGE", "file too large", { messageKey: "fileTooLarge", details: { maxMegabytes: MAX_EVIDENCE_BYTES / (1024 * 1024) } });
    // The rest of an oversized body is not wanted: close rather than drain it.
    return answer(/^\d+$/.test(declared.trim()) ? limit : badRequest(), { Connection: "close" });
  }
  await ensureDatabaseReady();
  const viewer = await resolveViewer();
  if (!viewer) return answer(new AppError("UNAUTHENTICATED", "sign in to upload"));
  if (!can(viewer, "record.propose")) return answer(new AppError("FORBIDDEN", "may not upload"));
  if (!request.body || !(request.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data")) {
    return answer(badRequest());
  }
  let malformed = () => false;
  try {
    const { fileName, content, ...file } = await firstFile(request as Request & { body: ReadableStream<Uint8Array> });
    if (!fileName.trim() || fileName.length > 255 || fileName.includes("\u0000")) {
      content.resume();
      return answer(new AppError("BAD_REQUEST", "file name", { messageKey: "fileTypeRefused" }));
    }
    malformed = file.malformed;
    const requestId = request.headers.get("x-request-id") ?? crypto.randomUUID();
    const stored = await storeUpload({ ctx: { viewer, requestId }, input: { fileName, content } });
    return Response.json(stored, { status: 201, headers: noStore });
  } catch (err) {
    if (err instanceof AppError) return answer(err, err.code === "PAYLOAD_TOO_LARGE" ? { Connection: "close" } : {});
    if (malformed()) return answer(badRequest());
    logger.error("upload.unexpected", { error: err });
    throw err;
  }
}
