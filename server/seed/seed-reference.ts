// Upserts the states and regional organisations: safe to run on every start.
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
      nameEn: c.nameEn,
      nameZh: c.nameZh,
      status: c.status,
      regionCode: c.region.m49,
      regionEn: c.region.nameEn,
      regionZh: c.region.nameZh,
      subregionCode: c.subregion.m49,
      subregionEn: c.subregion.nameEn,
      subregionZh: c.subregion.nameZh,
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
        acronymEn: org.acronymEn,
        acronymZh: org.acronymZh ?? null,
        nameEn: org.nameEn,
        nameZh: org.nameZh,
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
