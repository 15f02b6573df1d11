// "Steps for parliamentarians" for one state: per measure, its derived status and the published
// records behind what was done — by its parliament (parliamentary actions) and by its government
// (commitments, focal-point appointments). Public data only; no session.
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { db } from "~/db/client";
import { country, countryMeasureStatus, record, recordMeasure } from "~/db/schema";
import type { TProgressStatus } from "~/server/progress/statuses";
import type { StepProgress, StepRecord } from "./parliament-country.types";
import { everyLocale } from "~/server/domain/localized-name";

/** Null when the code names no state (the page then shows the steps without a country). */
export async function parliamentCountryProgress({ input: { iso3, measureIds } }: { input: { iso3: string; measureIds: string[] } }) {
  const [state] = await db
    .select({ iso3: country.iso3, name: country.name })
    .from(country)
    .where(eq(country.iso3, iso3));
  if (!state) return null;
  const [statuses, records] = await Promise.all([
    measureIds.length === 0
      ? []
      : db
          .select({ measureId: countryMeasureStatus.measureId, status: countryMeasureStatus.status, since: countryMeasureStatus.since })
          .from(countryMeasureStatus)
          .where(and(eq(countryMeasureStatus.countryIso3, iso3), inArray(countryMeasureStatus.measureId, measureIds))),
    measureIds.length === 0
      ? []
      : db
          .select({
            measureId: recordMeasure.measureId,
            id: record.id,
            type: record.type,
            title: record.title,
            date: record.date,
            status: record.status,
            kind: record.kind,
          })
          .from(recordMeasure)
          .innerJoin(record, eq(record.id, recordMeasure.recordId))
          .where(
            and(
              eq(record.countryIso3, iso3),
              eq(record.reviewStatus, "published"),
              isNull(record.deletedAt),
              inArray(recordMeasure.measureId, measureIds),
            ),
          )
          .orderBy(asc(record.date), asc(record.id)),
  ]);
  const byMeasure = new Map<string, StepProgress>();
  const entry = (id: string) =>
    byMeasure.get(id) ?? byMeasure.set(id, { status: "none", since: null, parliament: [], government: [] }).get(id)!;
  for (const s of statuses) Object.assign(entry(s.measureId), { status: s.status as TProgressStatus, since: s.since });
  for (const r of records) {
    const item: StepRecord = {
      id: r.id,
      type: r.type,
      title: r.title,
      date: r.date,
      status: r.status,
      kind: r.kind,
    };
    (r.type === "parliamentary_action" ? entry(r.measureId).parliament : entry(r.measureId).government).push(item);
  }
  const counts = { implemented: 0, in_progress: 0, committed: 0, regressed: 0, none: 0 } satisfies Record<TProgressStatus, number>;
  for (const id of measureIds) counts[byMeasure.get(id)?.status ?? "none"]++;
  return {
    country: { iso3: state.iso3, name: everyLocale(state.name) },
    steps: Object.fromEntries(measureIds.map((id) => [id, byMeasure.get(id) ?? { status: "none" as const, since: null, parliament: [], government: [] }])),
    counts,
  };
}
