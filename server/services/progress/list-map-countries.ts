// Every state with what the world map colours it by: its overall score and, for a chosen measure,
// its status. One small query (~195 rows); the map's shapes themselves are memoised in the component.
import { and, asc, eq, sql } from "drizzle-orm";
import { db } from "~/db/client";
import { country, countryMeasureStatus, countryScore } from "~/db/schema";
import type { TProgressStatus } from "~/server/progress/statuses";
import { everyLocale } from "~/server/domain/localized-name";
import { jsonText } from "~/server/services/reference/localized-name-sql";

export async function listMapCountries(opts: { measureId?: string | null } = {}) {
  const rows = await db
    .select({
      iso3: country.iso3,
      m49: country.m49,
      name: country.name,
      score: countryScore.overall,
      status: countryMeasureStatus.status,
      since: countryMeasureStatus.since,
    })
    .from(country)
    .leftJoin(countryScore, eq(countryScore.countryIso3, country.iso3))
    .leftJoin(
      countryMeasureStatus,
      and(
        eq(countryMeasureStatus.countryIso3, country.iso3),
        opts.measureId ? eq(countryMeasureStatus.measureId, opts.measureId) : sql`false`,
      ),
    )
    .orderBy(asc(jsonText(country.name, "en")));
  return rows.map((r) => ({
    iso3: r.iso3,
    m49: r.m49,
    name: everyLocale(r.name),
    score: r.score,
    status: (r.status ?? "none") as TProgressStatus,
    since: r.since,
  }));
}
