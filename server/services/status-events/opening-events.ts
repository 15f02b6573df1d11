// The opening event of a published commitment or parliamentary action is the record's own date and
// first status (decision 025). It is written here, in the recompute transaction every change to
// published records already runs, so the history the rules read never lags the record: while a record
// has no later published event, its opening event follows the record's date and status; once it has
// some, the record's status is the latest event's (status-events/record-current-status.ts) and the
// opening event keeps the status the record was made with.
import { sql } from "drizzle-orm";
import type { Queryable } from "~/db/client";
import { record, recordStatusEvent } from "~/db/schema";

/** Records with a status history: focal points have an appointment and an end date instead. */
export const EVENTFUL_TYPES = ["commitment", "parliamentary_action"] as const;

/**
 * Writes the missing or outdated opening events of published records: of these countries (all records
 * when null), or of these records (a regional organisation's record has no country to recompute).
 */
export async function syncOpeningEvents(tx: Queryable, iso3s: readonly string[] | null, opts: { recordIds?: readonly string[] } = {}) {
  const list = (values: readonly string[]) => sql.join(values.map((c) => sql`${c}`), sql`, `);
  const scope = opts.recordIds
    ? sql`r.id in (${list(opts.recordIds)})`
    : iso3s === null
      ? sql`true`
      : sql`r.country_iso3 in (${list(iso3s)})`;
  await tx.execute(sql`
    insert into ${recordStatusEvent} as e (record_id, origin, date, status, review_status, created_by_id, organization_id, published_at)
    select r.id, 'opening', r.date, r.status, 'published', r.created_by_id, r.organization_id, coalesce(r.published_at, r.created_at)
    from ${record} r
    where r.type in ('commitment', 'parliamentary_action') and r.status is not null
      and r.review_status = 'published' and r.deleted_at is null and ${scope}
    on conflict (record_id) where origin = 'opening' do update
      set date = excluded.date,
        status = case when exists (
            select 1 from ${recordStatusEvent} u
            where u.record_id = excluded.record_id and u.origin = 'update' and u.review_status = 'published' and u.deleted_at is null
          ) then e.status else excluded.status end,
        updated_at = now()
      where e.date is distinct from excluded.date
        or (e.status is distinct from excluded.status and not exists (
            select 1 from ${recordStatusEvent} u
            where u.record_id = excluded.record_id and u.origin = 'update' and u.review_status = 'published' and u.deleted_at is null
          ))`);
}
