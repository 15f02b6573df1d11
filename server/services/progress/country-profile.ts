// A country's public profile: who it is (region, UN group, regional organisations), its focal
// point(s) in office today, and its progress (stored statuses with their evidence, and scores).
import { and, asc, eq, isNull, or, gt } from "drizzle-orm";
import { db } from "~/db/client";
import { country, record, regionalOrganization, regionalOrganizationMember } from "~/db/schema";
import { progressAsOf } from "./as-of";
import { getCountryProgress } from "./get-country-progress";
import { everyLocale } from "~/server/domain/localized-name";
import { jsonText } from "~/server/services/reference/localized-name-sql";
import { ISO3 } from "~/server/domain/country-code";
import { today } from "~/server/domain/dates";


/** Published focal-point appointments in force on `asOf` (a name only when marked public). */
export async function focalPointsInOffice(iso3: string, asOf = today()) {
  const rows = await db
    .select()
    .from(record)
    .where(
      and(
        eq(record.countryIso3, iso3),
        eq(record.type, "focal_point"),
        eq(record.reviewStatus, "published"),
        isNull(record.deletedAt),
        or(isNull(record.endedOn), gt(record.endedOn, asOf)),
      ),
    )
    .orderBy(asc(record.date), asc(record.id));
  return rows
    .filter((r) => r.date <= asOf)
    .map((r) => ({
      id: r.id,
      appointedOn: r.date,
      office: r.office,
      positionTitle: r.positionTitle,
      personName: r.personNamePublic ? r.personName : null,
      network: r.network,
      title: r.title,
    }));
}

/** The progress of one country as of a past day, in the stored progress's shape. */
async function countryProgressOn(iso3: string, asOf: string) {
  const p = (await progressAsOf([iso3], asOf)).get(iso3)!;
  return { iso3, statuses: p.statuses, scores: p.scores, asOf, lastEvidenceOn: p.lastEvidenceOn };
}

/** The country (as of today, or of `asOf`), or null when there is no such state. */
export async function getCountryProfile({ input: { iso3, asOf } }: { input: { iso3: string; asOf?: string } }) {
  if (!ISO3.test(iso3)) return null;
  const [[c], organizations, focalPoints, progress] = await Promise.all([
    db.select().from(country).where(eq(country.iso3, iso3)),
    db
      .select({
        slug: regionalOrganization.slug,
        acronym: regionalOrganization.acronym,
        name: regionalOrganization.name,
      })
      .from(regionalOrganizationMember)
      .innerJoin(regionalOrganization, eq(regionalOrganization.id, regionalOrganizationMember.organizationId))
      .where(eq(regionalOrganizationMember.countryIso3, iso3))
      .orderBy(asc(jsonText(regionalOrganization.acronym, "en"))),
    focalPointsInOffice(iso3, asOf),
    asOf ? countryProgressOn(iso3, asOf) : getCountryProgress(iso3),
  ]);
  if (!c) return null;
  return {
    iso3: c.iso3,
    iso2: c.iso2,
    name: everyLocale(c.name),
    status: c.status,
    region: { code: c.regionCode, name: everyLocale(c.regionName) },
    subregion: { code: c.subregionCode, name: everyLocale(c.subregionName) },
    group: c.unGroup,
    regionalOrganizations: organizations.map((o) => ({
      slug: o.slug,
      acronym: everyLocale(o.acronym),
      name: everyLocale(o.name),
    })),
    focalPoints,
    progress,
  };
}

export type CountryProfile = NonNullable<Awaited<ReturnType<typeof getCountryProfile>>>;

