// What a country's embeddable card, share image and oEmbed title show, read from published data only:
// its overall score and its key measures' statuses (countries.card). A measure's counterpart is
// measures.countriesByStatus (progress/country-views.ts).
import type { z } from "zod";
import { catalogueWithStatuses } from "~/server/services/progress/country-page";
import { getCountryProfile } from "~/server/services/progress/country-profile";
import type { TCountryCard, ZCountryCardInputSchema } from "~/server/services/progress/country-table.types";

/** countries.card: null when the code names no state. */
export async function countryCard({ input }: { input: z.output<typeof ZCountryCardInputSchema> }): Promise<TCountryCard | null> {
  const profile = await getCountryProfile({ input: { iso3: input.iso3 } });
  if (!profile) return null;
  const catalogue = await catalogueWithStatuses(profile.progress.statuses);
  return {
    iso3: profile.iso3,
    name: profile.name,
    overall: profile.progress.scores.overall,
    asOf: profile.progress.asOf,
    keyMeasures: catalogue
      .filter((m) => m.key && m.applicable)
      .map((m) => ({ slug: m.slug, title: m.title, status: m.status, since: m.since })),
  };
}
