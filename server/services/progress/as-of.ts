// "As of" a past date (issue 14): the same rules over the published status history, for any day from
// the founding of the UN to today. Past views are computed on the fly (a few ms per country); the
// stored tables hold today's (decision 009).
import type { Queryable } from "~/db/client";
import { db } from "~/db/client";
import { countryProgress, type ProgressScores } from "~/server/progress/rules";
import type { CountryStatus } from "./get-country-progress";
import { loadCatalogue, loadPublishedRecords } from "./progress-inputs";

/** Each country's statuses and scores as of `asOf`, with the latest evidence date up to that day. */
export async function progressAsOf(iso3s: readonly string[], asOf: string, q: Queryable = db) {
  const catalogue = await loadCatalogue(q);
  const byCountry = await loadPublishedRecords(q, iso3s, catalogue);
  const slugOf = new Map(catalogue.measures.map((m) => [m.id, m.slug]));
  const out = new Map<string, { statuses: CountryStatus[]; scores: ProgressScores; lastEvidenceOn: string | null }>();
  for (const iso3 of iso3s) {
    const records = byCountry.get(iso3)?.records ?? [];
    const { statuses, scores } = countryProgress(records, catalogue.measures, asOf);
    const lastEvidenceOn = records.reduce<string | null>((last, r) => (r.date <= asOf && (last === null || r.date > last) ? r.date : last), null);
    out.set(iso3, { statuses: statuses.map((s) => ({ ...s, measure: slugOf.get(s.measureId)! })), scores, lastEvidenceOn });
  }
  return out;
}
