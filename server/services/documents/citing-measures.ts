// The measures that cite a unit: shown beside each paragraph in the reader and in the unit API.
import type { LocalizedText } from "~/db/localized-text";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { db } from "~/db/client";
import { measure, measureSource } from "~/db/schema";

export interface CitingMeasure {
  slug: string;
  title: LocalizedText;
}

/** Live (not deleted, not merged) measures citing the given units, keyed by unit id. */
export async function measuresCiting(unitIds: string[]): Promise<Map<string, CitingMeasure[]>> {
  const out = new Map<string, CitingMeasure[]>();
  if (unitIds.length === 0) return out;
  const rows = await db
    .selectDistinct({ unitId: measureSource.unitId, slug: measure.slug, title: measure.title })
    .from(measureSource)
    .innerJoin(measure, and(eq(measure.id, measureSource.measureId), isNull(measure.deletedAt)))
    .where(inArray(measureSource.unitId, unitIds))
    .orderBy(asc(measureSource.unitId), asc(measure.slug));
  for (const r of rows) {
    out.set(r.unitId, [...(out.get(r.unitId) ?? []), { slug: r.slug, title: r.title }]);
  }
  return out;
}
