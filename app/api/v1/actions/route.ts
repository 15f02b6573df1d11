import { PUBLIC_ENDPOINTS } from "~/server/api/public/endpoints";
import { respondCached } from "~/server/api/public/cached-response";
import { parseQuery } from "~/server/api/public/respond";
import { ensureDatabaseReady } from "~/server/bootstrap";
import { listPublicActions } from "~/server/services/advocacy/public-actions";

const endpoint = PUBLIC_ENDPOINTS.actions;

/** Public advocacy actions only: organisation and coalition actions never reach the open API. */
export async function GET(request: Request) {
  const query = parseQuery(request.url, endpoint.query);
  if (!query.ok) return query.response;
  return respondCached(request, endpoint, query.data, async () => {
    await ensureDatabaseReady();
    return listPublicActions(query.data);
  });
}
