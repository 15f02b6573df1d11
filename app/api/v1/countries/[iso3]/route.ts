import { PUBLIC_ENDPOINTS } from "~/server/api/public/endpoints";
import { parseParams, respond } from "~/server/api/public/respond";
import { ensureDatabaseReady } from "~/server/bootstrap";
import { notFound } from "~/server/errors";
import { getCountryProfile, publicCountryProfile } from "~/server/services/progress/country-profile";

const endpoint = PUBLIC_ENDPOINTS.country;

export async function GET(_request: Request, { params }: { params: Promise<{ iso3: string }> }) {
  const input = parseParams(await params, endpoint.params, "country");
  if (!input.ok) return input.response;
  return respond(endpoint, async () => {
    await ensureDatabaseReady();
    const profile = await getCountryProfile(input.data.iso3);
    if (!profile) throw notFound("country");
    return publicCountryProfile(profile);
  });
}
