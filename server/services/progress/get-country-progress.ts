// Reading progress: a country's stored statuses and scores (the derived tables), and the same
// computed on the fly by the rules for any past date (the trend line). Public data only.
import { asc, eq } from "drizzle-orm";
import { db, type Queryable } from "~/db/client";
import { countryMeasureStatus, countryScore, measure } from "~/db/schema";
import { countryProgress, type ProgressScores } from "~/server/progress/rules";
import type { StatusEvidence, TProgressStatus } from "~/server/progress/statuses";
import { loadCatalogue, loadPublishedRecords } from "./progress-inputs";

export interface CountryStatus {
  measureId: string;
  /** The measure's slug, as links and the API name it. */
  measure: string;
  status: Exclude<TProgressStatus, "none">;
  since: string;
  evidence: StatusEvidence[];
}

const EMPTY_SCORES: ProgressScores = { overall: 0, byPillar: {}, byActor: {} };

/** The stored statuses (catalogue order by slug) and scores of one country. */
export async function getCountryProgress(iso3: string, q: Queryable = db) {
  const [rows, [score]] = await Promise.all([
    q
      .select({
        measureId: countryMeasureStatus.measureId,
        measure: measure.slug,
        status: countryMeasureStatus.status,
        since: countryMeasureStatus.since,
        evidence: countryMeasureStatus.evidence,
      })
      .from(countryMeasureStatus)
      .innerJoin(measure, eq(measure.id, countryMeasureStatus.measureId))
      .where(eq(countryMeasureStatus.countryIso3, iso3))
      .orderBy(asc(measure.slug)),
    q.select().from(countryScore).where(eq(countryScore.countryIso3, iso3)),
  ]);
  return {
    iso3,
    statuses: rows as CountryStatus[],
    scores: score
      ? { overall: score.overall, byPillar: score.byPillar as ProgressScores["byPillar"], byActor: score.byActor as ProgressScores["byActor"] }
      : EMPTY_SCORES,
    /** The date the stored statuses hold for (they are recomputed whenever published records change). */
    asOf: score ? score.computedAt.toISOString().slice(0, 10) : null,
    lastEvidenceOn: score?.lastEvidenceAt ? score.lastEvidenceAt.toISOString().slice(0, 10) : null,
  };
}

/** Statuses and scores of one country as of each date, by the rules, from today's published records. */
export async function countryProgressAsOf(iso3: string, dates: readonly string[], q: Queryable = db) {
  const catalogue = await loadCatalogue(q);
  const records = (await loadPublishedRecords(q, [iso3], catalogue)).get(iso3)?.records ?? [];
  const slugOf = new Map(catalogue.measures.map((m) => [m.id, m.slug]));
  return dates.map((asOf) => {
    const { statuses, scores } = countryProgress(records, catalogue.measures, asOf);
    return {
      asOf,
      statuses: statuses.map((s): CountryStatus => ({ ...s, measure: slugOf.get(s.measureId)! })),
      scores,
    };
  });
}

/** The trend line: the score at the end of each of the past `years` years, and today. */
export async function countryTrend(iso3: string, years = 10, today = new Date().toISOString().slice(0, 10)) {
  const year = Number(today.slice(0, 4));
  const dates = [...Array.from({ length: years }, (_, i) => `${year - years + i}-12-31`), today];
  return (await countryProgressAsOf(iso3, dates)).map((p) => ({ asOf: p.asOf, scores: p.scores, statuses: p.statuses.length }));
}
