import { parseParams, respond } from "~/server/api/public/respond";
import { ensureDatabaseReady } from "~/server/bootstrap";
import { ZDocumentSlugInputSchema } from "~/server/services/documents/document-schemas";
import { getDocument, publicDocument } from "~/server/services/documents/get-document";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const input = parseParams(await params, ZDocumentSlugInputSchema, "document");
  if (!input.ok) return input.response;
  return respond(async () => {
    await ensureDatabaseReady();
    return publicDocument(await getDocument(input.data));
  });
}
