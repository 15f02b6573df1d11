import { parseQuery, respond } from "~/server/api/public/respond";
import { ensureDatabaseReady } from "~/server/bootstrap";
import { ZSearchInputSchema } from "~/server/services/documents/document-schemas";
import { publicSearchAll, searchAll } from "~/server/services/search/search-all";

export async function GET(request: Request) {
  const query = parseQuery(request.url, ZSearchInputSchema);
  if (!query.ok) return query.response;
  return respond(async () => {
    await ensureDatabaseReady();
    return publicSearchAll(await searchAll(query.data));
  });
}
