import { PUBLIC_ENDPOINTS } from "~/server/api/public/endpoints";
import { respondCached } from "~/server/api/public/cached-response";
import { parseQuery } from "~/server/api/public/respond";
import { anonymousApi } from "~/server/api/public-caller";

const endpoint = PUBLIC_ENDPOINTS.countries;

export async function GET(request: Request) {
  const query = parseQuery(request.url, endpoint.query);
  if (!query.ok) return query.response;
  return respondCached(request, endpoint, query.data, async () => (await anonymousApi()).reference.countriesPage(query.data));
}
