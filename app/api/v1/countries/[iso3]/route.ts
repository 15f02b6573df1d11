import { PUBLIC_ENDPOINTS } from "~/server/api/public/endpoints";
import { respondCached } from "~/server/api/public/cached-response";
import { parseParams, parseQuery } from "~/server/api/public/respond";
import { anonymousApi } from "~/server/api/public-caller";
import { notFound } from "~/server/errors";
import { publicCountryProfile } from "~/server/services/progress/country-progress.types";

const endpoint = PUBLIC_ENDPOINTS.country;

export async function GET(request: Request, { params }: { params: Promise<{ iso3: string }> }) {
  const input = parseParams(await params, endpoint.params, "country");
  if (!input.ok) return input.response;
  const query = parseQuery(request.url, endpoint.query);
  if (!query.ok) return query.response;
  return respondCached(request, endpoint, { ...input.data, ...query.data }, async () => {
    const profile = await (await anonymousApi()).countries.profile({ ...input.data, ...query.data });
    if (!profile) throw notFound("country");
    return publicCountryProfile(profile);
  });
}
