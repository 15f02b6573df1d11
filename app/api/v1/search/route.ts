import { PUBLIC_ENDPOINTS } from "~/server/api/public/endpoints";
import { parseQuery, respond } from "~/server/api/public/respond";
import { ensureDatabaseReady } from "~/server/bootstrap";
import { publicSearchAll, searchAll } from "~/server/services/search/search-all";

const endpoint = PUBLIC_ENDPOINTS.search;

export async function GET(request: Request) {
  const query = parseQuery(request.url, endpoint.query);
  if (!query.ok) return query.response;
  return respond(endpoint, async () => {
    await ensureDatabaseReady();
    return publicSearchAll(await searchAll({ input: query.data }));
  });
}
