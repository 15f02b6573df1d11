// Every country's stored scores, for tables and the public list.
import { inArray } from "drizzle-orm";
import { db, type Queryable } from "~/db/client";
import { countryScore } from "~/db/schema";
import type { ProgressScores } from "~/server/progress/rules";

export interface CountryScoreRow {
  iso3: string;
  score: ProgressScores;
  lastEvidenceOn: string | null;
}

/** Scores by ISO3 (all countries, or those given). A country without a row scores zero. */
export async function listCountryScores(iso3s?: readonly string[], q: Queryable = db) {
  const rows = await q
    .select()
    .from(countryScore)
    .where(iso3s ? inArray(countryScore.countryIso3, [...iso3s]) : undefined);
  return new Map<string, CountryScoreRow>(
    rows.map((r) => [
      r.countryIso3,
      {
        iso3: r.countryIso3,
        score: { overall: r.overall, byPillar: r.byPillar as ProgressScores["byPillar"], byActor: r.byActor as ProgressScores["byActor"] },
        lastEvidenceOn: r.lastEvidenceAt ? r.lastEvidenceAt.toISOString().slice(0, 10) : null,
      },
    ]),
  );
}

export const zeroScore = (): ProgressScores => ({
  overall: 0,
  byPillar: { 1: 0, 2: 0, 3: 0 },
  byActor: { government: 0, parliament: 0 },
});
