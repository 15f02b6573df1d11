// What the embeddable cards show, read from published data only: a country's overall score and its
// key measures' statuses; a measure's countries by status (for its map).
import type { Locale } from "~/db/locales";
import { and, eq, isNull } from "drizzle-orm";
import { db } from "~/db/client";
import { measure } from "~/db/schema";
import { catalogueWithStatuses } from "~/server/services/progress/country-page";
import { getCountryProfile } from "~/server/services/progress/country-profile";
import { measureCountriesByStatus } from "~/server/services/progress/measure-countries";

export async function countryCard(iso3: string) {
  const profile = await getCountryProfile({ input: { iso3 } });
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

export async function measureMap(slug: string, locale: Locale) {
  const [m] = await db
    .select({ id: measure.id, slug: measure.slug, title: measure.title, actor: measure.actor })
    .from(measure)
    .where(and(eq(measure.slug, slug), isNull(measure.deletedAt)));
  if (!m) return null;
  const { countries, counts } = await measureCountriesByStatus(m.id, locale);
  return { slug: m.slug, title: m.title, actor: m.actor, countries, counts };
}

export type CountryCard = NonNullable<Awaited<ReturnType<typeof countryCard>>>;
export type MeasureMap = NonNullable<Awaited<ReturnType<typeof measureMap>>>;
