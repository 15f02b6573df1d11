// Upserts the states and regional organisations: safe to run on every start, and the way existing
// databases get the UN's names in all six languages (the migration only carried over zh/en; decision 030).
import { and, eq, notInArray, sql } from "drizzle-orm";
import type { Db } from "~/db/client";
import { country, regionalOrganization, regionalOrganizationMember } from "~/db/schema";
import { COUNTRIES, REGIONAL_ORGANIZATIONS } from "~/db/seed/reference";

export async function seedReference(db: Db) {
  await db.transaction(async (tx) => {
    const rows = COUNTRIES.map((c) => ({
      iso3: c.iso3,
      iso2: c.iso2,
      m49: c.m49,
      name: { ...c.name },
      status: c.status,
      regionCode: c.region.m49,
      regionName: { ...c.region.name },
      subregionCode: c.subregion.m49,
      subregionName: { ...c.subregion.name },
      unGroup: c.unGroup,
    }));
    await tx
      .insert(country)
      .values(rows)
      .onConflictDoUpdate({
        target: country.iso3,
        set: Object.fromEntries(
          Object.keys(rows[0]!)
            .filter((k) => k !== "iso3")
            .map((k) => [k, sql.raw(`excluded.${k.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`)}`)]),
        ),
      });

    for (const org of REGIONAL_ORGANIZATIONS) {
      const values = {
        slug: org.slug,
        acronym: { ...org.acronym },
        name: { ...org.name },
        kind: org.kind,
      };
      const [row] = await tx
        .insert(regionalOrganization)
        .values(values)
        .onConflictDoUpdate({ target: regionalOrganization.slug, set: values })
        .returning({ id: regionalOrganization.id });
      const id = row!.id;
      await tx
        .delete(regionalOrganizationMember)
        .where(
          and(
            eq(regionalOrganizationMember.organizationId, id),
            notInArray(regionalOrganizationMember.countryIso3, [...org.members]),
          ),
        );
      await tx
        .insert(regionalOrganizationMember)
        .values(org.members.map((iso3) => ({ organizationId: id, countryIso3: iso3 })))
        .onConflictDoNothing();
    }
  });
}
