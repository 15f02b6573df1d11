import { parseQuery, respond } from "~/server/api/public/respond";
import { ensureDatabaseReady } from "~/server/bootstrap";
import { ZListDocumentsInputSchema } from "~/server/services/documents/document-schemas";
import { listDocuments } from "~/server/services/documents/list-documents";

export async function GET(request: Request) {
  const query = parseQuery(request.url, ZListDocumentsInputSchema);
  if (!query.ok) return query.response;
  return respond(async () => {
    await ensureDatabaseReady();
    return listDocuments(query.data);
  });
}
