import { z } from "zod";
import { parseParams, respond } from "~/server/api/public/respond";
import { ensureDatabaseReady } from "~/server/bootstrap";
import { notFound } from "~/server/errors";
import { getCountryProfile, publicCountryProfile } from "~/server/services/progress/country-profile";

const ZParams = z.object({ iso3: z.string().regex(/^[A-Z]{3}$/) });

export async function GET(_request: Request, { params }: { params: Promise<{ iso3: string }> }) {
  const input = parseParams(await params, ZParams, "country");
  if (!input.ok) return input.response;
  return respond(async () => {
    await ensureDatabaseReady();
    const profile = await getCountryProfile(input.data.iso3);
    if (!profile) throw notFound("country");
    return publicCountryProfile(profile);
  });
}
