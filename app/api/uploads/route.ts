// Evidence files for records and actions, streamed as multipart/form-data (server/api/upload-http.ts).
import { handleUploadRequest } from "~/server/api/upload-http";
import { activeViewerFromRequest } from "~/server/auth/session";

export function POST(request: Request) {
  return handleUploadRequest(request, () => activeViewerFromRequest(request));
}
