// Rewrites the derived progress tables (country_measure_status, country_score) from published records.
// Called inside the transaction that changes published records, so the tables never disagree with
// them; recomputeAll after catalogue changes, at start-up and after bulk loads.
import { count, inArray, max, min, sql } from "drizzle-orm";
import { today } from "~/server/domain/dates";
import type { TProgressStatus } from "~/server/progress/statuses";
import type { Queryable } from "~/db/client";
import { country, countryMeasureStatus, countryScore, measure } from "~/db/schema";
import { countryProgress } from "~/server/progress/rules";
import { syncOpeningEvents } from "~/server/services/status-events/opening-events";
import { type Catalogue, type CountryRecords, loadCatalogue, loadPublishedRecords } from "./progress-inputs";

/** Advisory lock namespace for progress recomputation (decision 009). */
const LOCK = 9009;
const BATCH = 10_000;

/** Today as the rules read dates (UTC). */

/**
 * One (country, measure) whose derived status moved: what followers hear about (decision 024). This
 * is the boundary the notifications read — "the statuses of country X changed from A to B" — so how
 * the rules arrive at a status can change without touching who is told.
 */
export interface StatusChange {
  countryIso3: string;
  measureId: string;
  from: TProgressStatus;
  to: TProgressStatus;
}

/** Recomputes these countries (ISO3), and says which statuses changed; nothing happens for an empty list. */
export async function recomputeCountries(tx: Queryable, iso3s: readonly (string | null | undefined)[]): Promise<StatusChange[]> {
  const wanted = [...new Set(iso3s.filter((c): c is string => typeof c === "string" && c.length === 3))].sort();
  if (wanted.length === 0) return [];
  // A concurrent recompute of the same country waits here, then reads the records the other committed.
  await tx.execute(sql`select pg_advisory_xact_lock_shared(${LOCK}::bigint)`);
  for (const iso3 of wanted) await tx.execute(sql`select pg_advisory_xact_lock(${LOCK}::int, hashtext(${iso3}))`);
  await syncOpeningEvents(tx, wanted);
  const catalogue = await loadCatalogue(tx);
  const byCountry = await loadPublishedRecords(tx, wanted, catalogue);
  const previous = await tx
    .select({ c: countryMeasureStatus.countryIso3, m: countryMeasureStatus.measureId, s: countryMeasureStatus.status })
    .from(countryMeasureStatus)
    .where(inArray(countryMeasureStatus.countryIso3, wanted));
  await tx.delete(countryMeasureStatus).where(inArray(countryMeasureStatus.countryIso3, wanted));
  const written = await write(tx, wanted, byCountry, catalogue);
  return statusChanges(previous, written);
}

/** Compares the rows before and after; a (country, measure) without a row is "none". */
function statusChanges(before: readonly StatusRow[], after: readonly StatusRow[]): StatusChange[] {
  const key = (r: StatusRow) => `${r.c} ${r.m}`;
  const old = new Map(before.map((r) => [key(r), r.s as TProgressStatus]));
  const changes: StatusChange[] = [];
  for (const r of after) {
    const from = old.get(key(r)) ?? "none";
    old.delete(key(r));
    if (from !== r.s) changes.push({ countryIso3: r.c, measureId: r.m, from, to: r.s as TProgressStatus });
  }
  for (const [k, from] of old) {
    const [countryIso3, measureId] = k.split(" ") as [string, string];
    if (from !== "none") changes.push({ countryIso3, measureId, from, to: "none" });
  }
  return changes;
}

/** Recomputes every country: after catalogue changes (merge, delete, actor/pillar/key), seed and bulk loads. */
/**
 * Whether start-up must rebuild the derived tables: some country has no score yet, a measure changed
 * after the oldest score was computed (a re-seeded catalogue), or the oldest score is from an earlier
 * day (appointments that end on a date take effect by the day). Record changes recompute in their own
 * transactions, so otherwise the tables are current. Derived from the tables themselves: no extra state.
 */
export async function progressIsStale(tx: Queryable): Promise<boolean> {
  const [[countries], [scores], [catalogue]] = await Promise.all([
    tx.select({ n: count() }).from(country),
    tx.select({ n: count(), oldest: min(countryScore.computedAt) }).from(countryScore),
    tx.select({ changed: max(measure.updatedAt) }).from(measure),
  ]);
  const oldest = scores?.oldest;
  if (!oldest || Number(scores.n) < Number(countries?.n ?? 0)) return true;
  if (catalogue?.changed && catalogue.changed > oldest) return true;
  return oldest.toISOString().slice(0, 10) < new Date().toISOString().slice(0, 10);
}

export async function recomputeAll(tx: Queryable) {
  await tx.execute(sql`select pg_advisory_xact_lock(${LOCK}::bigint)`);
  await syncOpeningEvents(tx, null);
  const catalogue = await loadCatalogue(tx);
  const [countries, byCountry] = await Promise.all([
    tx.select({ iso3: country.iso3 }).from(country),
    loadPublishedRecords(tx, null, catalogue),
  ]);
  // Every row goes: the whole table is rebuilt under the exclusive lock.
  await tx.delete(countryMeasureStatus).where(sql`true`);
  await write(
    tx,
    countries.map((c) => c.iso3),
    byCountry,
    catalogue,
  );
}

type StatusRow = { c: string; m: string; s: string };

async function write(
  tx: Queryable,
  iso3s: readonly string[],
  byCountry: Map<string, CountryRecords>,
  catalogue: Catalogue,
): Promise<StatusRow[]> {
  const asOf = today();
  const computedAt = new Date();
  const statusRows: (StatusRow & { d: string; e: unknown })[] = [];
  const scoreRows: (typeof countryScore.$inferInsert)[] = [];
  for (const iso3 of iso3s) {
    const entry = byCountry.get(iso3);
    const { statuses, scores } = countryProgress(entry?.records ?? [], catalogue.measures, asOf);
    for (const s of statuses) {
      statusRows.push({ c: iso3, m: s.measureId, s: s.status, d: s.since, e: s.evidence });
    }
    scoreRows.push({
      countryIso3: iso3,
      ...scores,
      lastEvidenceAt: entry?.lastEvidenceOn ? new Date(`${entry.lastEvidenceOn}T00:00:00Z`) : null,
      computedAt,
    });
  }
  // One JSON parameter per batch: far cheaper than thousands of bind parameters at full scale.
  for (let i = 0; i < statusRows.length; i += BATCH) {
    await tx.execute(sql`
      insert into ${countryMeasureStatus} (country_iso3, measure_id, status, since, evidence, computed_at)
      select x.c, x.m, x.s, x.d, x.e, ${computedAt.toISOString()}::timestamptz
      from jsonb_to_recordset(${JSON.stringify(statusRows.slice(i, i + BATCH))}::jsonb) as x(c text, m uuid, s text, d date, e jsonb)`);
  }
  for (let i = 0; i < scoreRows.length; i += BATCH) {
    await tx
      .insert(countryScore)
      .values(scoreRows.slice(i, i + BATCH))
      .onConflictDoUpdate({
        target: countryScore.countryIso3,
        set: {
          overall: sql`excluded.overall`,
          byPillar: sql`excluded.by_pillar`,
          byActor: sql`excluded.by_actor`,
          lastEvidenceAt: sql`excluded.last_evidence_at`,
          computedAt: sql`excluded.computed_at`,
        },
      });
  }
  return statusRows;
}

/** After a record changed: recomputes the countries of those states (before, after) that are published. */
export async function recomputeForRecords(
  tx: Queryable,
  states: readonly ({ countryIso3: string | null; reviewStatus: string } | null | undefined)[],
): Promise<StatusChange[]> {
  return recomputeCountries(
    tx,
    states.filter((s) => s?.reviewStatus === "published").map((s) => s!.countryIso3),
  );
}
