// The data each benchmarked page or endpoint needs, as hand-written SQL over postgres.js: the floor
// the app is compared with ("within 2× of the raw queries"). Each function runs the queries one
// request of that page makes, in parallel where the page can. Keep in step with the pages.
import type { Sql } from "postgres";

export interface RawTargets {
  iso3: string;
  measureSlug: string;
  searchQuery: string;
}

export function rawQueries(sql: Sql, t: RawTargets): Record<string, () => Promise<unknown>> {
  return {
    // Country profile: the country, its score, every measure's status, its latest published records
    // and its public advocacy actions.
    countryProfile: () =>
      Promise.all([
        sql`select c.*, s.overall, s.by_pillar, s.by_actor, s.last_evidence_at
            from country c left join country_score s on s.country_iso3 = c.iso3 where c.iso3 = ${t.iso3}`,
        sql`select m.id, m.slug, m.title, m.actor, m.pillar, cms.status, cms.since, cms.evidence
            from measure m left join country_measure_status cms on cms.measure_id = m.id and cms.country_iso3 = ${t.iso3}
            where m.deleted_at is null and m.merged_into_id is null order by m.actor, m.slug`,
        sql`select r.id, r.type, r.title, r.date, r.status, r.kind
            from record r where r.country_iso3 = ${t.iso3} and r.review_status = 'published' and r.deleted_at is null
            order by r.date desc limit 20`,
        sql`select count(*)::int from record r where r.country_iso3 = ${t.iso3} and r.review_status = 'published' and r.deleted_at is null`,
        sql`select a.id, a.title, a.date, a.kind from advocacy_action a
            join advocacy_action_country ac on ac.action_id = a.id
            where ac.country_iso3 = ${t.iso3} and a.visibility = 'public' and a.deleted_at is null
            order by a.date desc limit 10`,
      ]),
    // Countries table, default view: a page of 50 countries with their scores, and the total.
    countriesTable: () =>
      Promise.all([
        sql`select c.iso3, c.name_en, c.name_zh, c.un_group, s.overall, s.last_evidence_at
            from country c left join country_score s on s.country_iso3 = c.iso3 order by c.iso3 limit 50`,
        sql`select count(*)::int from country`,
      ]),
    // Countries table, a filtered and sorted view (rendered per request): one UN group by score.
    countriesFiltered: () =>
      Promise.all([
        sql`select c.iso3, c.name_en, c.name_zh, c.un_group, s.overall, s.last_evidence_at
            from country c left join country_score s on s.country_iso3 = c.iso3 where c.un_group = 'weog'
            order by s.overall desc nulls last, c.iso3 limit 50`,
        sql`select count(*)::int from country where un_group = 'weog'`,
      ]),
    // A country's records page: the second page of its commitments and the first of its
    // parliamentary actions (20 each), with their totals.
    countryRecords: () =>
      Promise.all(
        [
          ["commitment", 20],
          ["parliamentary_action", 0],
        ].flatMap(([type, offset]) => [
          sql`select r.id, r.type, r.title, r.date, r.status, r.kind
              from record r where r.country_iso3 = ${t.iso3} and r.type = ${type as string} and r.review_status = 'published'
              and r.deleted_at is null order by r.date desc limit 20 offset ${offset as number}`,
          sql`select count(*)::int from record r where r.country_iso3 = ${t.iso3} and r.type = ${type as string}
              and r.review_status = 'published' and r.deleted_at is null`,
        ]),
      ),
    // Measure page: the measure, where countries stand on it, and its latest published evidence.
    measurePage: async () => {
      const [m] = await sql<{ id: string }[]>`select * from measure where slug = ${t.measureSlug} and deleted_at is null`;
      if (!m) throw new Error(`no measure ${t.measureSlug}`);
      return Promise.all([
        sql`select ms.*, u.locator, u.text from measure_source ms join document_unit u on u.id = ms.unit_id where ms.measure_id = ${m.id}`,
        sql`select status, count(*)::int from country_measure_status where measure_id = ${m.id} group by status`,
        sql`select r.id, r.type, r.country_iso3, r.title, r.date from record r join record_measure rm on rm.record_id = r.id
            where rm.measure_id = ${m.id} and r.review_status = 'published' and r.deleted_at is null order by r.date desc limit 20`,
      ]);
    },
    // Search: ranked full text over document units, measures and public actions, first page of 20, with the totals.
    search: () =>
      Promise.all([
        sql`select id, locator, ts_rank(search_english, q) as rank from document_unit, websearch_to_tsquery('english', ${t.searchQuery}) q
            where retired_at is null and search_english @@ q order by rank desc limit 20`,
        sql`select count(*)::int from document_unit, websearch_to_tsquery('english', ${t.searchQuery}) q
            where retired_at is null and search_english @@ q`,
        sql`select id, slug, ts_rank(search_english, q) as rank from measure, websearch_to_tsquery('english', ${t.searchQuery}) q
            where deleted_at is null and search_english @@ q order by rank desc limit 20`,
        // The actions an anonymous visitor may see (searchAll → searchActions): public and live.
        sql`select id, ts_rank(search_english, q) as rank from advocacy_action, phraseto_tsquery('english', ${t.searchQuery}) q
            where visibility = 'public' and deleted_at is null and search_english @@ q order by rank desc, date desc, id limit 20`,
        sql`select count(*)::int from advocacy_action, phraseto_tsquery('english', ${t.searchQuery}) q
            where visibility = 'public' and deleted_at is null and search_english @@ q`,
      ]),
    apiCountries: () =>
      Promise.all([sql`select * from country order by iso3 limit 50`, sql`select count(*)::int from country`]),
    apiCountry: () =>
      Promise.all([
        sql`select c.*, s.overall, s.by_pillar, s.by_actor from country c left join country_score s on s.country_iso3 = c.iso3 where c.iso3 = ${t.iso3}`,
        sql`select m.slug, cms.status, cms.since from country_measure_status cms join measure m on m.id = cms.measure_id where cms.country_iso3 = ${t.iso3}`,
      ]),
  };
}
