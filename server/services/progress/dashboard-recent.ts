// Recent changes for the dashboard: the secretariat's latest decisions on records (publishing is
// one), newest first, with what the record is about.
import { desc, eq, isNull } from "drizzle-orm";
import { db } from "~/db/client";
import { country, record, recordDecision, regionalOrganization } from "~/db/schema";
import { everyLocale } from "~/server/domain/localized-name";

export async function recentDecisions(limit = 10) {
  const rows = await db
    .select({
      id: recordDecision.id,
      decision: recordDecision.decision,
      at: recordDecision.createdAt,
      recordId: record.id,
      type: record.type,
      title: record.title,
      iso3: record.countryIso3,
      countryName: country.name,
      organizationAcronym: regionalOrganization.acronym,
    })
    .from(recordDecision)
    .innerJoin(record, eq(record.id, recordDecision.recordId))
    .leftJoin(country, eq(country.iso3, record.countryIso3))
    .leftJoin(regionalOrganization, eq(regionalOrganization.id, record.regionalOrganizationId))
    .where(isNull(record.deletedAt))
    .orderBy(desc(recordDecision.createdAt), desc(recordDecision.id))
    .limit(limit);
  return rows.map((r) => ({
    id: r.id,
    decision: r.decision,
    at: r.at,
    record: { id: r.recordId, type: r.type, title: r.title },
    holder: {
      iso3: r.iso3,
      name: everyLocale(r.countryName ?? r.organizationAcronym),
    },
  }));
}
