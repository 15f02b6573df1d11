// What a revision stores: a measure's editable fields and its sources, as one JSON value. Also the
// search tokens a measure row carries, made the same way as the documents' (server/search/tokenize).
import { asc, eq, sql } from "drizzle-orm";
import type { Queryable } from "~/db/client";
import type { LocalizedText } from "~/db/localized-text";
import { document, documentUnit, measure, measureRevision, measureSource } from "~/db/schema";
import { searchTokens } from "~/server/search/tokenize";

export interface SnapshotSource {
  unitId: string;
  document: string;
  locator: string;
  quote: string;
}

export interface MeasureSnapshot {
  slug: string;
  title: LocalizedText;
  description: LocalizedText;
  actor: (typeof measure.$inferSelect)["actor"];
  pillar: number | null;
  category: string;
  prevention: "upstream" | "downstream" | null;
  key: boolean;
  sources: SnapshotSource[];
}

export const SNAPSHOT_FIELDS = [
  "title",
  "description",
  "actor",
  "pillar",
  "category",
  "prevention",
  "key",
] as const;

/** Tokens of the title and description in every language present (search finds a measure in any of them). */
export function measureSearchTokens(m: Pick<MeasureSnapshot, "title" | "description">) {
  return searchTokens([...Object.values(m.title), ...Object.values(m.description)].join("\n"));
}

export async function loadSnapshot(q: Queryable, measureId: string): Promise<MeasureSnapshot | null> {
  const [row] = await q.select().from(measure).where(eq(measure.id, measureId));
  if (!row) return null;
  const sources = await q
    .select({ unitId: measureSource.unitId, document: document.slug, locator: documentUnit.locator, quote: measureSource.quote })
    .from(measureSource)
    .innerJoin(documentUnit, eq(documentUnit.id, measureSource.unitId))
    .innerJoin(document, eq(document.id, documentUnit.documentId))
    .where(eq(measureSource.measureId, measureId))
    .orderBy(asc(measureSource.position), asc(measureSource.createdAt));
  return {
    slug: row.slug,
    title: row.title,
    description: row.description,
    actor: row.actor,
    pillar: row.pillar,
    category: row.category,
    prevention: row.prevention,
    key: row.key,
    sources,
  };
}

/** Snapshots the measure as it now is (inside the same transaction as the change) as its revision. */
export async function writeRevision(
  tx: Queryable,
  opts: { measureId: string; action: string; actorId: string | null },
) {
  const snapshot = await loadSnapshot(tx, opts.measureId);
  if (!snapshot) return null;
  const [row] = await tx.select({ version: measure.version }).from(measure).where(eq(measure.id, opts.measureId));
  const [revision] = await tx
    .insert(measureRevision)
    .values({
      measureId: opts.measureId,
      version: row!.version,
      snapshot,
      action: opts.action,
      actorId: opts.actorId,
      actorLabel: opts.actorId ? null : "seed",
    })
    .returning();
  return revision!;
}

/** Bumps the version of a measure changed by a sub-row edit (sources), so forms holding the old one conflict. */
export async function bumpVersion(tx: Queryable, measureId: string) {
  const [row] = await tx
    .update(measure)
    .set({ version: sql`${measure.version} + 1`, updatedAt: new Date() })
    .where(eq(measure.id, measureId))
    .returning();
  return row;
}
