import { asc, eq } from "drizzle-orm";
import { db } from "~/db/client";
import { country, regionalOrganization, regionalOrganizationMember } from "~/db/schema";

export async function listCountries() {
  return db
    .select({
      iso3: country.iso3,
      iso2: country.iso2,
      nameEn: country.nameEn,
      nameZh: country.nameZh,
      status: country.status,
      regionEn: country.regionEn,
      regionZh: country.regionZh,
      subregionEn: country.subregionEn,
      subregionZh: country.subregionZh,
      unGroup: country.unGroup,
    })
    .from(country)
    .orderBy(asc(country.nameEn));
}

export async function listRegionalOrganizations() {
  const [orgs, members] = await Promise.all([
    db.select().from(regionalOrganization).orderBy(asc(regionalOrganization.acronymEn)),
    db
      .select({ organizationId: regionalOrganizationMember.organizationId, iso3: regionalOrganizationMember.countryIso3 })
      .from(regionalOrganizationMember)
      .innerJoin(country, eq(country.iso3, regionalOrganizationMember.countryIso3)),
  ]);
  return orgs.map((o) => ({
    ...o,
    members: members.filter((m) => m.organizationId === o.id).map((m) => m.iso3),
  }));
}
