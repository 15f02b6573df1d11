import { PUBLIC_ENDPOINTS } from "~/server/api/public/endpoints";
import { parseParams, parseQuery, respond } from "~/server/api/public/respond";
import { anonymousApi } from "~/server/api/public-caller";
import { notFound } from "~/server/errors";

const endpoint = PUBLIC_ENDPOINTS.countryChanges;

export async function GET(request: Request, { params }: { params: Promise<{ iso3: string }> }) {
  const input = parseParams(await params, endpoint.params, "country");
  if (!input.ok) return input.response;
  const query = parseQuery(request.url, endpoint.query);
  if (!query.ok) return query.response;
  return respond(endpoint, async () => {
    const changes = await (await anonymousApi()).countries.statusChanges({ ...input.data, ...query.data });
    if (!changes) throw notFound("country");
    return changes;
  }, request);
}
