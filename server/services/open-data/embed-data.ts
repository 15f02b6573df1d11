// What the embeddable cards show, read from published data only: a country's overall score and its
// key measures' statuses; a measure's countries by status (for its map).
import type { Locale } from "~/db/locales";
import { and, eq, isNull } from "drizzle-orm";
import { db } from "~/db/client";
import { country, countryMeasureStatus, countryScore, measure } from "~/db/schema";
import { everyLocale } from "~/server/domain/localized-name";
import { catalogueWithStatuses } from "~/server/services/progress/country-page";
import type { CountryStatus } from "~/server/services/progress/get-country-progress";
import { measureCountriesByStatus } from "~/server/services/progress/measure-countries";

/**
 * Only what the card shows. It was the whole profile (every focal point in office, every status with
 * its evidence list): the share images' metadata runs this on every page under /countries/{iso3}, and
 * at the busiest state that was most of the per-request cost of its records page.
 */
export async function countryCard(iso3: string) {
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
