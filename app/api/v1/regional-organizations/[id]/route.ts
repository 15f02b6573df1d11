import { PUBLIC_ENDPOINTS } from "~/server/api/public/endpoints";
import { parseParams, parseQuery, respond } from "~/server/api/public/respond";
import { notFound } from "~/server/errors";
import { anonymousApi } from "~/server/api/public-caller";

const endpoint = PUBLIC_ENDPOINTS.regionalOrganization;

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const input = parseParams(await params, endpoint.params, "regional organisation");
  if (!input.ok) return input.response;
  const query = parseQuery(request.url, endpoint.query);
  if (!query.ok) return query.response;
  return respond(endpoint, async () => {
    const profile = await (await anonymousApi()).regionalOrganizations.profile({ ...input.data, ...query.data });
    if (!profile) throw notFound("regional organisation");
    return profile;
  }, request);
}
