// The dashboard's key figures, read straight from the records (not the derived tables) so they are
// right even before progress is recomputed: who has an active focal point, the review queue, and
// the states nothing has been published about for a year.
import { and, count, countDistinct, eq, isNotNull, isNull, min, or, sql } from "drizzle-orm";
import { db } from "~/db/client";
import { country, record, recordRevision, regionalOrganization } from "~/db/schema";
import { everyLocale } from "~/server/domain/localized-name";
import { jsonText } from "~/server/services/reference/localized-name-sql";
import { REPORTED_2025 } from "./dashboard-schemas";

/** A published, live focal-point appointment that has begun and not ended (ending today still counts). */
const activeFocalPoint = and(
  eq(record.type, "focal_point"),
  eq(record.reviewStatus, "published"),
  isNull(record.deletedAt),
  sql`${record.date} <= current_date`,
  or(isNull(record.endedOn), sql`${record.endedOn} >= current_date`),
);

export async function focalPointFigures() {
  const [[states], organizations] = await Promise.all([
    db.select({ n: countDistinct(record.countryIso3) }).from(record).where(and(activeFocalPoint, isNotNull(record.countryIso3))),
    db
      .selectDistinct({ slug: regionalOrganization.slug, acronym: regionalOrganization.acronym, sortKey: jsonText(regionalOrganization.acronym, "en") })
      .from(record)
      .innerJoin(regionalOrganization, eq(regionalOrganization.id, record.regionalOrganizationId))
      .where(activeFocalPoint)
      .orderBy(jsonText(regionalOrganization.acronym, "en")),
  ]);
  return {
    states: Number(states?.n ?? 0),
    regionalOrganizations: organizations.length,
    organizations: organizations.map((o) => ({ slug: o.slug, acronym: everyLocale(o.acronym) })),
    reported: REPORTED_2025,
  };
}

/** The review queue as /review shows it: submitted records and published ones with an edit pending. */
export async function reviewQueueFigures() {
  const pendingEdit = sql`exists (select 1 from ${recordRevision} where ${recordRevision.id} = ${record.pendingRevisionId} and ${recordRevision.state} = 'pending')`;
  const [row] = await db
    .select({ n: count(), oldest: min(record.updatedAt) })
    .from(record)
    .where(and(isNull(record.deletedAt), or(eq(record.reviewStatus, "submitted"), pendingEdit)));
  const oldest = row?.oldest ?? null;
  return {
    size: Number(row?.n ?? 0),
    oldestSince: oldest,
    oldestDays: oldest ? Math.floor((Date.now() - oldest.getTime()) / 86_400_000) : null,
  };
}

/** States with no record published in the last 12 months, least recently updated (or never) first. */
export async function staleCountries(now = new Date()) {
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - 1);
  const last = db
    .select({ iso3: record.countryIso3, at: sql<Date>`max(${record.publishedAt})`.as("at") })
    .from(record)
    .where(and(eq(record.reviewStatus, "published"), isNull(record.deletedAt), isNotNull(record.countryIso3)))
    .groupBy(record.countryIso3)
    .as("last");
  const rows = await db
    .select({ iso3: country.iso3, name: country.name, lastPublishedAt: last.at })
    .from(country)
    .leftJoin(last, eq(last.iso3, country.iso3))
    .where(or(isNull(last.at), sql`${last.at} < ${cutoff.toISOString()}`))
    .orderBy(sql`${last.at} asc nulls first`, jsonText(country.name, "en"));
  return rows.map((r) => ({
    iso3: r.iso3,
    name: everyLocale(r.name),
    lastPublishedAt: r.lastPublishedAt ? new Date(r.lastPublishedAt) : null,
  }));
}

