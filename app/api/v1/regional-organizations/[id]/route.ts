import { PUBLIC_ENDPOINTS } from "~/server/api/public/endpoints";
import { parseParams, parseQuery, respond } from "~/server/api/public/respond";
import { ensureDatabaseReady } from "~/server/bootstrap";
import { notFound } from "~/server/errors";
import { getRegionalOrganizationProfile } from "~/server/services/regional-organizations/regional-organization-profile";

const endpoint = PUBLIC_ENDPOINTS.regionalOrganization;

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const input = parseParams(await params, endpoint.params, "regional organisation");
  if (!input.ok) return input.response;
  const query = parseQuery(request.url, endpoint.query);
  if (!query.ok) return query.response;
  return respond(endpoint, async () => {
    await ensureDatabaseReady();
    const profile = await getRegionalOrganizationProfile(input.data.id, query.data.asOf);
    if (!profile) throw notFound("regional organisation");
    return profile;
  }, request);
}
