// What the country pages show beyond the profile: the catalogue with each measure's status, the key
// measures' sources (the documents' words for "what remains"), the trend and a timeline by year.
import type { Locale } from "~/db/locales";
import { textIn } from "~/db/localized-text";
import { asc, eq, and, isNull, sql } from "drizzle-orm";
import { db } from "~/db/client";
import { country, countryMeasureStatus, measure, record } from "~/db/schema";
import { isApplicable } from "~/server/progress/rules";
import { sourcesOf } from "~/server/services/measures/measure-rows";
import { shapeRecords } from "~/server/services/records/public-records";
import { everyLocale } from "~/server/domain/localized-name";
import { progressAsOf } from "./as-of";
import type { CatalogueEntry } from "./country-catalogue.types";
import { type CountryStatus, countryTrend, getCountryProgress } from "./get-country-progress";

export type { CatalogueEntry };

/** countries.catalogue: the catalogue with the state's statuses today, or as of a past day. */
export async function countryCatalogue({ input: { iso3, asOf } }: { input: { iso3: string; asOf?: string } }) {
  const statuses = asOf
    ? ((await progressAsOf([iso3], asOf)).get(iso3)?.statuses ?? [])
    : (await getCountryProgress(iso3)).statuses;
  return catalogueWithStatuses(statuses);
}

/** The live catalogue (actor, pillar, slug order), each measure with this country's status. */
export async function catalogueWithStatuses(statuses: readonly Pick<CountryStatus, "measureId" | "status" | "since">[]): Promise<CatalogueEntry[]> {
  const rows = await db
    .select({
      id: measure.id,
      slug: measure.slug,
      title: measure.title,
      actor: measure.actor,
      pillar: measure.pillar,
      category: measure.category,
      key: measure.key,
    })
    .from(measure)
    .where(isNull(measure.deletedAt))
    .orderBy(asc(measure.actor), sql`${measure.pillar} asc nulls last`, asc(measure.slug));
  const byId = new Map(statuses.map((s) => [s.measureId, s]));
  return rows.map((m) => ({
    id: m.id,
    slug: m.slug,
    title: m.title,
    actor: m.actor,
    pillar: m.pillar,
    category: m.category,
    key: m.key,
    applicable: isApplicable(m),
    status: byId.get(m.id)?.status ?? "none",
    since: byId.get(m.id)?.since ?? null,
  }));
}

/** The documents' words for these measures, each linking to its paragraph in the reader. */
export async function quotesOf(measureIds: string[]) {
  const sources = await sourcesOf(measureIds);
  return new Map(
    [...sources].map(([id, list]) => [
      id,
      list.map((s) => ({
        id: s.id,
        quote: s.quote,
        locator: s.locator,
        heading: s.heading,
        text: s.text,
        retired: s.retired !== null,
        href: `/documents/${s.documentSlug}#p-${s.locator}`,
        document: { slug: s.documentSlug, symbol: s.documentSymbol, title: s.documentTitle },
      })),
    ]),
  );
}

/** measures.quotes: quotesOf, by measure id. */
export async function measureQuotes({ input: { measureIds } }: { input: { measureIds: string[] } }) {
  return Object.fromEntries(await quotesOf(measureIds));
}

/** countries.trend */
export async function countryTrendOf({ input: { iso3, years, asOf } }: { input: { iso3: string; years: number; asOf?: string } }) {
  return countryTrend(iso3, years, asOf);
}

/** countries.evidence: the records behind the state's stored status of one measure, in the API's shape. */
export async function countryEvidence({ input: { iso3, measureId } }: { input: { iso3: string; measureId: string } }) {
  const [row] = await db
    .select({ evidence: countryMeasureStatus.evidence })
    .from(countryMeasureStatus)
    .where(and(eq(countryMeasureStatus.countryIso3, iso3), eq(countryMeasureStatus.measureId, measureId)));
  const evidence = (row?.evidence ?? []) as CountryStatus["evidence"];
  return shapeRecords(evidence.map((e) => e.id), null);
}

/** countries.recordsByYear */
export async function countryRecordsByYear({ input: { iso3 } }: { input: { iso3: string } }) {
  return recordsByYear(iso3);
}

/** Published records of the country per year and type, newest year first. */
export async function recordsByYear(iso3: string) {
  const year = sql<string>`extract(year from ${record.date})::int::text`;
  const rows = await db
    .select({ year, type: record.type, n: sql<number>`count(*)::int` })
    .from(record)
    .where(and(eq(record.countryIso3, iso3), eq(record.reviewStatus, "published"), isNull(record.deletedAt)))
    .groupBy(year, record.type);
  const years = new Map<string, Record<string, number>>();
  for (const r of rows) {
    const entry = years.get(r.year) ?? {};
    entry[r.type] = Number(r.n);
    years.set(r.year, entry);
  }
  return [...years].sort(([a], [b]) => b.localeCompare(a)).map(([y, counts]) => ({ year: y, counts }));
}

/** A state's names, or null when there is no such state (the records page's header). */
export async function countryNameOf({ input: { iso3 } }: { input: { iso3: string } }) {
  const [c] = await db.select({ name: country.name }).from(country).where(eq(country.iso3, iso3));
  return c ? everyLocale(c.name) : null;
}

/** Every measure's title in one language by slug, for the records' measure links. */
export async function measureTitlesBySlug({ input: { locale } }: { input: { locale: Locale } }) {
  const rows = await db.select({ slug: measure.slug, title: measure.title }).from(measure).where(isNull(measure.deletedAt));
  return Object.fromEntries(rows.map((m) => [m.slug, textIn(m.title, locale) || m.slug]));
}
