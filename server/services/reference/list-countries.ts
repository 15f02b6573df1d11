import { asc, eq } from "drizzle-orm";
import { db } from "~/db/client";
import { country, regionalOrganization, regionalOrganizationMember } from "~/db/schema";
import { everyLocale } from "~/server/domain/localized-name";
import { jsonText } from "~/server/services/reference/localized-name-sql";

export async function listCountries() {
  const rows = await db
    .select({
      iso3: country.iso3,
      iso2: country.iso2,
      name: country.name,
      status: country.status,
      regionName: country.regionName,
      subregionName: country.subregionName,
      unGroup: country.unGroup,
    })
    .from(country)
    .orderBy(asc(jsonText(country.name, "en")));
  return rows.map((c) => ({
    ...c,
    name: everyLocale(c.name),
    regionName: everyLocale(c.regionName),
    subregionName: everyLocale(c.subregionName),
  }));
}

export async function listRegionalOrganizations() {
  const [orgs, members] = await Promise.all([
    db.select().from(regionalOrganization).orderBy(asc(jsonText(regionalOrganization.acronym, "en"))),
    db
      .select({ organizationId: regionalOrganizationMember.organizationId, iso3: regionalOrganizationMember.countryIso3 })
      .from(regionalOrganizationMember)
      .innerJoin(country, eq(country.iso3, regionalOrganizationMember.countryIso3)),
  ]);
  return orgs.map((o) => ({
    ...o,
    acronym: everyLocale(o.acronym),
    name: everyLocale(o.name),
    members: members.filter((m) => m.organizationId === o.id).map((m) => m.iso3),
  }));
}
