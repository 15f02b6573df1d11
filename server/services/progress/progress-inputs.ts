// Loading what the progress rules read: the live measures catalogue and countries' published records
// with their links (a link to a merged measure counts for the measure it was merged into).
import { and, asc, eq, inArray, isNotNull, isNull, or, type SQL, sql } from "drizzle-orm";
import type { Queryable } from "~/db/client";
import { measure, record, recordMeasure, recordStatusEvent } from "~/db/schema";
import type { CatalogueMeasure, ProgressRecord, ProgressStatusEvent } from "~/server/progress/rules";

export interface Catalogue {
  measures: CatalogueMeasure[];
  /** Any measure id (live, merged) → the live measure it stands for now. */
  liveId: Map<string, string>;
}

export async function loadCatalogue(q: Queryable): Promise<Catalogue> {
  const rows = await q
    .select({
      id: measure.id,
      slug: measure.slug,
      actor: measure.actor,
      pillar: measure.pillar,
      key: measure.key,
      deletedAt: measure.deletedAt,
      mergedIntoId: measure.mergedIntoId,
    })
    .from(measure)
    .where(or(isNull(measure.deletedAt), isNotNull(measure.mergedIntoId)))
    .orderBy(asc(measure.slug));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const liveId = new Map<string, string>();
  for (const r of rows) {
    // Follow merges to the survivor (a chain at most as long as the catalogue; guard against cycles).
    let at: (typeof rows)[number] | undefined = r;
    for (let hops = 0; at && at.deletedAt && hops < rows.length; hops++) at = at.mergedIntoId ? byId.get(at.mergedIntoId) : undefined;
    if (at && !at.deletedAt) liveId.set(r.id, at.id);
  }
  const measures = rows
    .filter((r) => !r.deletedAt)
    .map(({ id, slug, actor, pillar, key }) => ({ id, slug, actor, pillar, key }));
  return { measures, liveId };
}

export interface CountryRecords {
  iso3: string;
  records: ProgressRecord[];
  /** The latest date among the country's published records, if any. */
  lastEvidenceOn: string | null;
}

interface RecordRow extends Record<string, unknown> {
  id: string;
  type: ProgressRecord["type"];
  country_iso3: string;
  date: string;
  published_at: string | null;
  status: string | null;
  kind: string | null;
  ended_on: string | null;
  network: boolean;
  /** Comma-separated (cheaper to transfer and parse than an array). */
  measure_ids: string | null;
  /** The published status events, oldest first (JSON; a string on some drivers). */
  events: ProgressStatusEvent[] | string | null;
}

/**
 * Published, undeleted records of these countries (all countries when `iso3s` is null), grouped.
 * Raw SQL with the links aggregated per record: recomputeAll reads ~75,000 records at full scale.
 */
export async function loadPublishedRecords(q: Queryable, iso3s: readonly string[] | null, catalogue: Catalogue) {
  return loadHolderRecords(q, iso3s === null ? isNotNull(record.countryIso3) : inArray(record.countryIso3, [...iso3s]), catalogue);
}

/** A regional organisation's published, undeleted records (they are its own, not its members'). */
export async function loadRegionalOrganizationRecords(q: Queryable, organizationId: number, catalogue: Catalogue) {
  const byHolder = await loadHolderRecords(q, eq(record.regionalOrganizationId, organizationId), catalogue);
  return byHolder.get(`ro:${organizationId}`) ?? { iso3: `ro:${organizationId}`, records: [], lastEvidenceOn: null };
}

/** Published, undeleted records in `holders`, grouped by country (or `ro:<id>` for a regional organisation). */
async function loadHolderRecords(q: Queryable, holders: SQL | undefined, catalogue: Catalogue) {
  const scope = and(eq(record.reviewStatus, "published"), isNull(record.deletedAt), holders);
  const result = await q.execute<RecordRow>(sql`
    select "record".id, "record".type, coalesce("record".country_iso3, 'ro:' || "record".regional_organization_id) as country_iso3, "record".date::text as date,
      to_char("record".published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as published_at,
      "record".status, "record".kind, "record".ended_on::text as ended_on, "record".network,
      (select string_agg(rm.measure_id::text, ',') from ${recordMeasure} rm where rm.record_id = "record".id) as measure_ids,
      (select json_agg(json_build_object('id', e.id, 'date', e.date::text, 'status', e.status,
          'publishedAt', to_char(e.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')) order by e.date, e.published_at)
        from ${recordStatusEvent} e
        where e.record_id = "record".id and e.review_status = 'published' and e.deleted_at is null) as events
    from ${record}
    where ${scope}`);
  const rows: RecordRow[] = Array.isArray(result) ? result : (result as unknown as { rows: RecordRow[] }).rows;
  const byCountry = new Map<string, CountryRecords>();
  for (const r of rows) {
    const iso3 = r.country_iso3;
    let entry = byCountry.get(iso3);
    if (!entry) byCountry.set(iso3, (entry = { iso3, records: [], lastEvidenceOn: null }));
    const measureIds: string[] = [];
    for (const id of r.measure_ids ? r.measure_ids.split(",") : []) {
      const live = catalogue.liveId.get(id);
      if (live) measureIds.push(live);
    }
    entry.records.push({
      type: r.type,
      id: r.id,
      date: r.date,
      publishedAt: r.published_at,
      status: r.status,
      kind: r.kind,
      endedOn: r.ended_on,
      network: r.network,
      measureIds,
      events: typeof r.events === "string" ? (JSON.parse(r.events) as ProgressStatusEvent[]) : (r.events ?? []),
    });
    if (entry.lastEvidenceOn === null || r.date > entry.lastEvidenceOn) entry.lastEvidenceOn = r.date;
  }
  return byCountry;
}
