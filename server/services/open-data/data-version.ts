// Which version of the published data the package holds: one cheap aggregate query over what the
// package reads (published records, public actions, live measures and sources, documents and units,
// derived statuses and scores). Any publication, edit, delete or recomputation moves it, so the
// package is rebuilt when — and only when — the data changes, and the version is its ETag.
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { db } from "~/db/client";

export interface DataVersion {
  /** A short hash of the aggregates: changes whenever the published data does. */
  version: string;
  /** The latest change to any of it (UTC, whole seconds: HTTP dates have no finer grain). */
  lastModified: Date;
}

const iso = (column: string) => sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`);

export async function currentDataVersion(): Promise<DataVersion> {
  const result = await db.execute<{ facts: string; last: string | null }>(sql`
    with facts as (
      select
        (select count(*) from record where review_status = 'published' and deleted_at is null) as records,
        (select max(greatest(updated_at, published_at, deleted_at)) from record where published_at is not null) as records_at,
        (select count(*) from advocacy_action where visibility = 'public' and deleted_at is null) as actions,
        (select max(greatest(updated_at, deleted_at)) from advocacy_action) as actions_at,
        (select count(*) from measure where deleted_at is null) as measures,
        (select max(greatest(updated_at, deleted_at)) from measure) as measures_at,
        (select count(*) || ':' || coalesce(max(created_at)::text, '') from measure_source) as sources,
        (select count(*) from document where deleted_at is null) as documents,
        (select max(greatest(updated_at, deleted_at)) from document) as documents_at,
        (select count(*) from document_unit where retired_at is null) as units,
        (select count(*) from country_measure_status) as statuses,
        (select max(computed_at) from country_score) as scores_at
    )
    select
      concat_ws('|', records, records_at, actions, actions_at, measures, measures_at, sources, documents, documents_at, units, statuses, scores_at) as facts,
      ${iso("greatest(records_at, actions_at, measures_at, documents_at, scores_at)")} as last
    from facts
  `);
  const rows = Array.isArray(result) ? result : (result as unknown as { rows: { facts: string; last: string | null }[] }).rows;
  const row = rows[0]!;
  return {
    version: createHash("sha256").update(row.facts).digest("hex").slice(0, 16),
    lastModified: row.last ? new Date(row.last) : new Date(0),
  };
}
