// The countries table: states joined with their derived score and, when a measure is chosen, their
// status on it. Filtering, sorting and paging happen in one SQL statement (the total comes from a
// window count), so the default view is a single cheap query over ~195 rows.
import { and, asc, desc, eq, exists, gte, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import { db } from "~/db/client";
import { country, countryMeasureStatus, countryScore, measure, regionalOrganization, regionalOrganizationMember } from "~/db/schema";
import type { TProgressStatus } from "~/server/progress/statuses";
import { everyLocale } from "~/server/domain/localized-name";
import { jsonText } from "~/server/services/reference/localized-name-sql";
import { nameMatches } from "~/server/services/reference/localized-name-sql";
import type { TCountryTableInput } from "./country-table-schemas";

/** The live measure's id for a slug, as a scalar subquery (null when there is none). */
function measureIdOf(slug: string) {
  return sql`(select ${measure.id} from ${measure} where ${measure.slug} = ${slug} and ${measure.deletedAt} is null limit 1)`;
}

export function countryFilters(input: Pick<TCountryTableInput, "q" | "region" | "group" | "org" | "measure" | "status" | "minScore" | "maxScore">) {
  const filters: SQL[] = [];
  if (input.q) {
    const pattern = `%${input.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const code = input.q.toUpperCase();
    filters.push(or(nameMatches(country.name, pattern), eq(country.iso3, code), eq(country.iso2, code))!);
  }
  if (input.region) filters.push(eq(country.regionCode, input.region));
  if (input.group) filters.push(eq(country.unGroup, input.group));
  if (input.org) {
    filters.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(regionalOrganizationMember)
          .innerJoin(regionalOrganization, eq(regionalOrganization.id, regionalOrganizationMember.organizationId))
          .where(and(eq(regionalOrganization.slug, input.org), eq(regionalOrganizationMember.countryIso3, country.iso3))),
      ),
    );
  }
  if (input.measure && input.status) {
    filters.push(input.status === "none" ? isNull(countryMeasureStatus.status) : eq(countryMeasureStatus.status, input.status));
  }
  if (input.minScore !== undefined) filters.push(gte(sql`coalesce(${countryScore.overall}, 0)`, input.minScore / 100));
  if (input.maxScore !== undefined) filters.push(lte(sql`coalesce(${countryScore.overall}, 0)`, input.maxScore / 100));
  return and(...filters);
}

export async function listCountryTable(input: TCountryTableInput) {
  // Sorted in the reader's language (the stored names are complete in all six; decision 030).
  const name = jsonText(country.name, input.locale);
  const region = jsonText(country.regionName, input.locale);
  const direction = input.dir === "desc" ? desc : asc;
  const nulls = input.dir === "desc" ? sql`nulls last` : sql`nulls first`;
  const order: Record<typeof input.sort, SQL[]> = {
    name: [direction(name)],
    region: [direction(region), asc(name)],
    group: [sql`${country.unGroup} ${sql.raw(input.dir)} nulls last`, asc(name)],
    score: [sql`${countryScore.overall} ${sql.raw(input.dir)} ${nulls}`, asc(name)],
    // The statuses in the order of progress: none < committed < in progress < implemented; regressed last.
    status: [
      sql`case ${countryMeasureStatus.status} when 'committed' then 1 when 'in_progress' then 2 when 'implemented' then 3 when 'regressed' then 4 else 0 end ${sql.raw(input.dir)}`,
      asc(name),
    ],
  };
  const measureId = input.measure ? measureIdOf(input.measure) : sql`null`;
  const query = () =>
    db
      .select({
        iso3: country.iso3,
        m49: country.m49,
        name: country.name,
        regionCode: country.regionCode,
        regionName: country.regionName,
        group: country.unGroup,
        score: countryScore.overall,
        lastEvidenceAt: countryScore.lastEvidenceAt,
        status: countryMeasureStatus.status,
        since: countryMeasureStatus.since,
        total: sql<number>`count(*) over ()`.mapWith(Number),
      })
      .from(country)
      .leftJoin(countryScore, eq(countryScore.countryIso3, country.iso3))
      .leftJoin(
        countryMeasureStatus,
        and(eq(countryMeasureStatus.countryIso3, country.iso3), sql`${countryMeasureStatus.measureId} = ${measureId}`),
      )
      .where(countryFilters(input));
  const rows = await query()
    .orderBy(...order[input.sort], asc(country.iso3))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  // Past the last page the window count is not there; count once to say how many there are.
  const total = rows[0]?.total ?? (input.page > 1 ? (await query()).length : 0);
  return {
    items: rows.map((r) => ({
      iso3: r.iso3,
      m49: r.m49,
      name: everyLocale(r.name),
      region: { code: r.regionCode, name: everyLocale(r.regionName) },
      group: r.group,
      score: r.score,
      lastEvidenceAt: r.lastEvidenceAt,
      status: (r.status ?? "none") as TProgressStatus,
      since: r.since,
    })),
    total,
    page: input.page,
    pageSize: input.pageSize,
  };
}
