// What a country's embeddable card, share image and oEmbed title show, read from published data only:
// its overall score and its key measures' statuses (countries.card). A measure's counterpart is
// measures.countriesByStatus (progress/country-views.ts).
import type { z } from "zod";
import { eq } from "drizzle-orm";
import { db } from "~/db/client";
import { country, countryMeasureStatus, countryScore } from "~/db/schema";
import { everyLocale } from "~/server/domain/localized-name";
import { catalogueWithStatuses } from "~/server/services/progress/country-page";
import type { CountryStatus } from "~/server/services/progress/get-country-progress";
import type { TCountryCard, ZCountryCardInputSchema } from "~/server/services/progress/country-table.types";

/**
 * countries.card: null when the code names no state. Only what the card shows: it read the whole
 * profile (every focal point in office, every status with its evidence list).
 */
export async function countryCard({ input: { iso3 } }: { input: z.output<typeof ZCountryCardInputSchema> }): Promise<TCountryCard | null> {
  const [[c], [score], statuses] = await Promise.all([
    db.select({ iso3: country.iso3, name: country.name }).from(country).where(eq(country.iso3, iso3)),
    db.select({ overall: countryScore.overall, computedAt: countryScore.computedAt }).from(countryScore).where(eq(countryScore.countryIso3, iso3)),
    db
      .select({ measureId: countryMeasureStatus.measureId, status: countryMeasureStatus.status, since: countryMeasureStatus.since })
      .from(countryMeasureStatus)
      .where(eq(countryMeasureStatus.countryIso3, iso3)),
  ]);
  if (!c) return null;
  const catalogue = await catalogueWithStatuses(statuses as Pick<CountryStatus, "measureId" | "status" | "since">[]);
  return {
    iso3: c.iso3,
    name: everyLocale(c.name),
    overall: score?.overall ?? 0,
    asOf: score ? score.computedAt.toISOString().slice(0, 10) : null,
    keyMeasures: catalogue
      .filter((m) => m.key && m.applicable)
      .map((m) => ({ slug: m.slug, title: m.title, status: m.status, since: m.since })),
  };
}
