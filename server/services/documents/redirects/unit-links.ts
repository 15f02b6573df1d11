// Every table that links to a document unit by id, in one place: counting what hangs on a retired
// paragraph (the review screen shows it) and moving it to the successor (a re-import's sure matches,
// a reviewed redirect). A new table that links to units belongs here.
import { count, eq, inArray, sql } from "drizzle-orm";
import type { Queryable } from "~/db/client";
import { advocacyActionUnit, citationTarget, measureSource, recordUnit } from "~/db/schema";
import type { TRedirectLinkCounts } from "./redirect-review.types";

const NONE: TRedirectLinkCounts = { citations: 0, measureSources: 0, records: 0, actions: 0 };

/** Links per kind for each unit asked about (units with none are absent from the map). */
export async function countUnitLinks(q: Queryable, unitIds: readonly string[]): Promise<Map<string, TRedirectLinkCounts>> {
  const out = new Map<string, TRedirectLinkCounts>();
  if (unitIds.length === 0) return out;
  const ids = [...unitIds];
  const [citations, sources, records, actions] = await Promise.all([
    q.select({ unitId: citationTarget.unitId, n: count() }).from(citationTarget).where(inArray(citationTarget.unitId, ids)).groupBy(citationTarget.unitId),
    q.select({ unitId: measureSource.unitId, n: count() }).from(measureSource).where(inArray(measureSource.unitId, ids)).groupBy(measureSource.unitId),
    q.select({ unitId: recordUnit.unitId, n: count() }).from(recordUnit).where(inArray(recordUnit.unitId, ids)).groupBy(recordUnit.unitId),
    q.select({ unitId: advocacyActionUnit.unitId, n: count() }).from(advocacyActionUnit).where(inArray(advocacyActionUnit.unitId, ids)).groupBy(advocacyActionUnit.unitId),
  ]);
  const add = (rows: { unitId: string; n: number }[], key: keyof TRedirectLinkCounts) => {
    for (const r of rows) out.set(r.unitId, { ...(out.get(r.unitId) ?? NONE), [key]: Number(r.n) });
  };
  add(citations, "citations");
  add(sources, "measureSources");
  add(records, "records");
  add(actions, "actions");
  return out;
}

/**
 * Moves every link from one unit to another, inside the caller's transaction. A link the target
 * already has (the same citation, record, action, or the same measure quoting the same words) is not
 * doubled: the old one is dropped. Returns what was on the old unit.
 */
export async function moveUnitLinks(tx: Queryable, fromUnitId: string, toUnitId: string): Promise<TRedirectLinkCounts> {
  const moved = (await countUnitLinks(tx, [fromUnitId])).get(fromUnitId) ?? NONE;
  if (fromUnitId === toUnitId) return moved;
  await tx.execute(sql`
    insert into citation_target (citation_id, unit_id)
    select citation_id, ${toUnitId}::uuid from citation_target where unit_id = ${fromUnitId}::uuid
    on conflict do nothing`);
  await tx.delete(citationTarget).where(eq(citationTarget.unitId, fromUnitId));
  await tx.execute(sql`
    insert into record_unit (record_id, unit_id)
    select record_id, ${toUnitId}::uuid from record_unit where unit_id = ${fromUnitId}::uuid
    on conflict do nothing`);
  await tx.delete(recordUnit).where(eq(recordUnit.unitId, fromUnitId));
  await tx.execute(sql`
    insert into advocacy_action_unit (action_id, unit_id)
    select action_id, ${toUnitId}::uuid from advocacy_action_unit where unit_id = ${fromUnitId}::uuid
    on conflict do nothing`);
  await tx.delete(advocacyActionUnit).where(eq(advocacyActionUnit.unitId, fromUnitId));
  // A measure source has its own id (and its position): move it in place unless the measure already
  // quotes the same words from the target.
  await tx.execute(sql`
    update measure_source s set unit_id = ${toUnitId}::uuid
    where s.unit_id = ${fromUnitId}::uuid
      and not exists (select 1 from measure_source t where t.measure_id = s.measure_id and t.unit_id = ${toUnitId}::uuid and t.quote = s.quote)`);
  await tx.delete(measureSource).where(eq(measureSource.unitId, fromUnitId));
  return moved;
}
