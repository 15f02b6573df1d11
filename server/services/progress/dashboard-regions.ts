// Mean score per M49 region or UN regional group, for the dashboard's comparison chart. A state
// with no score row counts as 0: nothing of it is implemented yet as far as the records say.
import { asc, avg, count, eq, sql } from "drizzle-orm";
import { db } from "~/db/client";
import { country, countryScore } from "~/db/schema";
import { everyLocale } from "~/server/domain/localized-name";

export async function meanScoreBy(by: "region" | "group") {
  const score = sql<number>`coalesce(${countryScore.overall}, 0)`;
  if (by === "region") {
    const rows = await db
      .select({ key: country.regionCode, name: country.regionName, mean: avg(score).mapWith(Number), states: count() })
      .from(country)
      .leftJoin(countryScore, eq(countryScore.countryIso3, country.iso3))
      .groupBy(country.regionCode, country.regionName)
      .orderBy(asc(country.regionCode));
    return rows.map((r) => ({ key: r.key, label: everyLocale(r.name), mean: r.mean, states: Number(r.states) }));
  }
  const rows = await db
    .select({ key: country.unGroup, mean: avg(score).mapWith(Number), states: count() })
    .from(country)
    .leftJoin(countryScore, eq(countryScore.countryIso3, country.iso3))
    .where(sql`${country.unGroup} is not null`)
    .groupBy(country.unGroup)
    .orderBy(asc(country.unGroup));
  return rows.map((r) => ({ key: r.key!, label: null, mean: r.mean, states: Number(r.states) }));
}
