// The countries map, table and a measure's countries "as of" a past day (issue 14, decision 033).
// One computation per day serves them all: every state's statuses and score by the rules over the
// published history up to that day (`worldAsOf`). It is plain data (JSON-safe), so the page layer can
// keep it in the shared cache keyed by the day (server/cache/as-of-cache.ts). Filtering, sorting
// and paging then happen in memory over ~195 rows, the same way the SQL of today's table does them.
import { asc } from "drizzle-orm";
import { db, type Queryable } from "~/db/client";
import { country } from "~/db/schema";
import type { TProgressStatus } from "~/server/progress/statuses";
import { progressAsOf } from "./as-of";
import type { TCountryTableInput } from "./country-table-schemas";
import { countryFilters } from "./list-country-table";
import { everyLocale, nameIn } from "~/server/domain/localized-name";
import { jsonText } from "~/server/services/reference/localized-name-sql";

export interface WorldAsOf {
  asOf: string;
  /** By ISO3: overall score, last evidence up to the day, and each measure (by slug) with a status. */
  countries: Record<string, { overall: number; lastEvidenceOn: string | null; statuses: Record<string, { status: Exclude<TProgressStatus, "none">; since: string }> }>;
}

export async function worldAsOf(asOf: string, q: Queryable = db): Promise<WorldAsOf> {
  const iso3s = (await q.select({ iso3: country.iso3 }).from(country)).map((c) => c.iso3);
  const progress = await progressAsOf(iso3s, asOf, q);
  const countries: WorldAsOf["countries"] = {};
  for (const [iso3, p] of progress) {
    countries[iso3] = {
      overall: p.scores.overall,
      lastEvidenceOn: p.lastEvidenceOn,
      statuses: Object.fromEntries(p.statuses.map((s) => [s.measure, { status: s.status, since: s.since }])),
    };
  }
  return { asOf, countries };
}

/** The states in map order, with score and (for a measure) status as of the world's day. */
export async function mapCountriesAsOf(world: WorldAsOf, measureSlug?: string | null) {
  const rows = await db
    .select({ iso3: country.iso3, m49: country.m49, name: country.name })
    .from(country)
    .orderBy(asc(jsonText(country.name, "en")));
  return rows.map((r) => {
    const w = world.countries[r.iso3];
    const s = measureSlug ? w?.statuses[measureSlug] : undefined;
    return {
      iso3: r.iso3,
      m49: r.m49,
      name: everyLocale(r.name),
      // No evidence up to that day: no data, as the stored table has no score row for such a state.
      score: w && w.lastEvidenceOn ? w.overall : null,
      status: (s?.status ?? "none") as TProgressStatus,
      since: s?.since ?? null,
    };
  });
}

const STATUS_ORDER: Record<string, number> = { none: 0, committed: 1, in_progress: 2, implemented: 3, regressed: 4 };

/** The countries table as of the world's day: same filters, sorts and pages as listCountryTable. */
export async function countryTableAsOf(input: TCountryTableInput, world: WorldAsOf) {
  // Name, region, group and organisation filters do not depend on the day: SQL does them.
  const base = await db
    .select({
      iso3: country.iso3,
      m49: country.m49,
      name: country.name,
      regionCode: country.regionCode,
      regionName: country.regionName,
      group: country.unGroup,
    })
    .from(country)
    .where(countryFilters({ q: input.q, region: input.region, group: input.group, org: input.org }));
  const collator = new Intl.Collator(input.locale);
  let rows = base.map((r) => {
    const w = world.countries[r.iso3];
    const s = input.measure ? w?.statuses[input.measure] : undefined;
    return {
      iso3: r.iso3,
      m49: r.m49,
      name: everyLocale(r.name),
      region: { code: r.regionCode, name: everyLocale(r.regionName) },
      group: r.group,
      score: w && w.lastEvidenceOn ? w.overall : null,
      lastEvidenceAt: w?.lastEvidenceOn ? new Date(`${w.lastEvidenceOn}T00:00:00Z`) : null,
      status: (s?.status ?? "none") as TProgressStatus,
      since: s?.since ?? null,
    };
  });
  if (input.measure && input.status) rows = rows.filter((r) => r.status === input.status);
  if (input.minScore !== undefined) rows = rows.filter((r) => (r.score ?? 0) >= input.minScore! / 100);
  if (input.maxScore !== undefined) rows = rows.filter((r) => (r.score ?? 0) <= input.maxScore! / 100);
  const sign = input.dir === "desc" ? -1 : 1;
  const byName = (a: (typeof rows)[number], b: (typeof rows)[number]) => collator.compare(nameIn(a.name, input.locale), nameIn(b.name, input.locale));
  const compare: Record<TCountryTableInput["sort"], (a: (typeof rows)[number], b: (typeof rows)[number]) => number> = {
    name: (a, b) => sign * byName(a, b),
    region: (a, b) => sign * collator.compare(nameIn(a.region.name, input.locale), nameIn(b.region.name, input.locale)) || byName(a, b),
    group: (a, b) => sign * String(a.group ?? "~").localeCompare(String(b.group ?? "~")) || byName(a, b),
    // No score sorts first going up and last going down, as in SQL.
    score: (a, b) => sign * ((a.score ?? -1) - (b.score ?? -1)) || byName(a, b),
    status: (a, b) => sign * (STATUS_ORDER[a.status]! - STATUS_ORDER[b.status]!) || byName(a, b),
  };
  rows.sort((a, b) => compare[input.sort](a, b) || a.iso3.localeCompare(b.iso3));
  const start = (input.page - 1) * input.pageSize;
  return { items: rows.slice(start, start + input.pageSize), total: rows.length, page: input.page, pageSize: input.pageSize };
}

/** A measure's countries grouped by status as of the world's day (see measure-countries.ts). */
export async function measureCountriesAsOf(world: WorldAsOf, measureSlug: string) {
  return mapCountriesAsOf(world, measureSlug);
}
