import { PUBLIC_ENDPOINTS } from "~/server/api/public/endpoints";
import { respondCached } from "~/server/api/public/cached-response";
import { parseParams, parseQuery } from "~/server/api/public/respond";
import { ensureDatabaseReady } from "~/server/bootstrap";
import { notFound } from "~/server/errors";
import { getCountryProfile, publicCountryProfile } from "~/server/services/progress/country-profile";

const endpoint = PUBLIC_ENDPOINTS.country;

export async function GET(request: Request, { params }: { params: Promise<{ iso3: string }> }) {
  const input = parseParams(await params, endpoint.params, "country");
  if (!input.ok) return input.response;
  const query = parseQuery(request.url, endpoint.query);
  if (!query.ok) return query.response;
  return respondCached(request, endpoint, { ...input.data, ...query.data }, async () => {
    await ensureDatabaseReady();
    const profile = await getCountryProfile(input.data.iso3, query.data.asOf);
    if (!profile) throw notFound("country");
    return publicCountryProfile(profile);
  });
}
