// Regional organisations as subjects (issue 14, decision 025): members, focal-point history, and the
// measures addressed to regional bodies with their status, evidence and score — by the same rules as
// states, over the organisation's own published records.
import { and, asc, count, desc, eq, isNull } from "drizzle-orm";
import { db } from "~/db/client";
import { country, record, regionalOrganization, regionalOrganizationMember } from "~/db/schema";
import { measureStatuses, progressScores, REGIONAL_ADDRESSEES } from "~/server/progress/rules";
import { type Catalogue, loadCatalogue, loadRegionalOrganizationRecords } from "~/server/services/progress/progress-inputs";
import { today } from "~/server/domain/dates";
import { everyLocale } from "~/server/domain/localized-name";
import { jsonText } from "~/server/services/reference/localized-name-sql";

async function progressOf(organizationId: number, asOf: string, catalogue: Catalogue) {
  const { records } = await loadRegionalOrganizationRecords(db, organizationId, catalogue);
  const regional = catalogue.measures.filter((m) => (REGIONAL_ADDRESSEES as readonly string[]).includes(m.actor));
  const slugOf = new Map(catalogue.measures.map((m) => [m.id, m.slug]));
  // Only the measures addressed to regional bodies are shown and scored for an organisation.
  const statuses = measureStatuses(records, regional, asOf);
  const inOffice = records.some((r) => r.type === "focal_point" && r.date <= asOf && (r.endedOn === null || r.endedOn > asOf));
  return {
    statuses: statuses.map((s) => ({ measure: slugOf.get(s.measureId)!, status: s.status, since: s.since, evidence: s.evidence })),
    score: progressScores(statuses, regional, REGIONAL_ADDRESSEES),
    applicableMeasures: regional.map((m) => m.slug),
    focalPointInOffice: inOffice,
  };
}

export async function getRegionalOrganizationProfile({ input: { id: slug, asOf = today() } }: { input: { id: string; asOf?: string } }) {
  const [org] = await db.select().from(regionalOrganization).where(eq(regionalOrganization.slug, slug));
  if (!org) return null;
  const [members, appointments, progress] = await Promise.all([
    db
      .select({ iso3: country.iso3, name: country.name })
      .from(regionalOrganizationMember)
      .innerJoin(country, eq(country.iso3, regionalOrganizationMember.countryIso3))
      .where(eq(regionalOrganizationMember.organizationId, org.id))
      .orderBy(asc(jsonText(country.name, "en"))),
    db
      .select()
      .from(record)
      .where(
        and(
          eq(record.regionalOrganizationId, org.id),
          eq(record.type, "focal_point"),
          eq(record.reviewStatus, "published"),
          isNull(record.deletedAt),
        ),
      )
      .orderBy(desc(record.date), asc(record.id)),
    loadCatalogue(db).then((catalogue) => progressOf(org.id, asOf, catalogue)),
  ]);
  return {
    id: org.slug,
    acronym: everyLocale(org.acronym),
    name: everyLocale(org.name),
    kind: org.kind,
    members: members.map((m) => ({ iso3: m.iso3, name: everyLocale(m.name) })),
    focalPoints: appointments
      .filter((r) => r.date <= asOf)
      .map((r) => ({
        id: r.id,
        appointedOn: r.date,
        endedOn: r.endedOn && r.endedOn <= asOf ? r.endedOn : null,
        office: r.office,
        positionTitle: r.positionTitle,
        personName: r.personNamePublic ? r.personName : null,
        network: r.network,
      })),
    asOf,
    ...progress,
  };
}

/** Every regional organisation with its member count, whether a focal point is in office, and its score today. */
export async function listRegionalOrganizations() {
  const [orgs, counts] = await Promise.all([
    db.select().from(regionalOrganization).orderBy(asc(jsonText(regionalOrganization.acronym, "en"))),
    db
      .select({ id: regionalOrganizationMember.organizationId, n: count() })
      .from(regionalOrganizationMember)
      .groupBy(regionalOrganizationMember.organizationId),
  ]);
  const membersOf = new Map(counts.map((c) => [c.id, Number(c.n)]));
  const asOf = today();
  const catalogue = await loadCatalogue(db);
  const items = [];
  // Fourteen organisations, each a handful of records: one rules run each is cheap.
  for (const org of orgs) {
    const p = await progressOf(org.id, asOf, catalogue);
    items.push({
      id: org.slug,
      acronym: everyLocale(org.acronym),
      name: everyLocale(org.name),
      kind: org.kind,
      members: membersOf.get(org.id) ?? 0,
      focalPointInOffice: p.focalPointInOffice,
      score: p.score,
    });
  }
  return { items, total: items.length };
}
