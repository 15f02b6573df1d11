// Evidence files, served only to people who may read them (server/api/evidence-file-http.ts).
import { evidenceFileResponse } from "~/server/api/evidence-file-http";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return evidenceFileResponse(request, (await params).id);
}
