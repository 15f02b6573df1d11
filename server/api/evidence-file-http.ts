// GET /api/files/{id}: an evidence file, served only to people who may read it (the policy's roles in
// server/services/uploads/upload-access.ts), never as something a browser would run. Unknown and
// forbidden ids answer the same 404. The bytes are not a procedure's answer, so this adapter is the
// route's one reader; the route file only hands it the request, so tests can call it directly.
import "server-only";
import { NextResponse } from "next/server";
import { activeViewerFromRequest } from "~/server/auth/session";
import { ensureDatabaseReady } from "~/server/bootstrap";
import { AppError, errorMapping } from "~/server/errors";
import { readEvidenceFile } from "~/server/services/uploads/evidence-files";

export async function evidenceFileResponse(request: Request, id: string): Promise<Response> {
  await ensureDatabaseReady();
  try {
    const { file, bytes } = await readEvidenceFile(await activeViewerFromRequest(request), id);
    const inline = file.mime === "application/pdf" || file.mime.startsWith("image/");
    return new NextResponse(new Uint8Array(bytes), {
      headers: {
        "Content-Type": file.mime,
        "Content-Length": String(bytes.length),
        "Content-Disposition": `${inline ? "inline" : "attachment"}; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (err) {
    if (err instanceof AppError) {
      return NextResponse.json({ error: err.code }, { status: errorMapping[err.code].http, headers: { "Cache-Control": "private, no-store" } });
    }
    throw err;
  }
}
