// Derived progress rows written directly, for tests of what reads them (map, table, dashboard)
// while the rules that normally fill them are tested on their own. Upserts, so tests can re-set.
import { db } from "~/db/client";
import { countryMeasureStatus, countryScore } from "~/db/schema";
import type { StatusEvidence, TProgressStatus } from "~/server/progress/statuses";

export async function setScore(
  iso3: string,
  overall: number,
  opts: { byPillar?: Record<string, number>; byActor?: Record<string, number>; lastEvidenceAt?: Date | null } = {},
) {
  const values = {
    countryIso3: iso3,
    overall,
    byPillar: opts.byPillar ?? { "1": overall },
    byActor: opts.byActor ?? { government: overall },
    lastEvidenceAt: opts.lastEvidenceAt ?? null,
  };
  await db.insert(countryScore).values(values).onConflictDoUpdate({ target: countryScore.countryIso3, set: values });
}

export async function setStatus(
  iso3: string,
  measureId: string,
  status: Exclude<TProgressStatus, "none">,
  opts: { since?: string; evidence?: StatusEvidence[] } = {},
) {
  const values = { countryIso3: iso3, measureId, status, since: opts.since ?? "2025-01-01", evidence: opts.evidence ?? [] };
  await db
    .insert(countryMeasureStatus)
    .values(values)
    .onConflictDoUpdate({ target: [countryMeasureStatus.countryIso3, countryMeasureStatus.measureId], set: values });
}
