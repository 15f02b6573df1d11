// Shared reads: a measure row by slug (following merges), and the sources of a set of measures with
// their units' current locator, text and document.
import { and, asc, desc, eq, inArray, isNull } from "drizzle-orm";
import { db, type Queryable } from "~/db/client";
import type { LocalizedText } from "~/db/localized-text";
import { document, documentUnit, measure, measureSource } from "~/db/schema";
import { notFound } from "~/server/errors";

/**
 * The live measure a slug names. A merged measure's slug leads to the one it was merged into (up to a
 * few hops); a deleted one is found only when `withDeleted` (staff restoring it).
 */
export async function findMeasureBySlug(slug: string, opts: { withDeleted?: boolean; q?: Queryable } = {}) {
  const q = opts.q ?? db;
  const rows = await q.select().from(measure).where(eq(measure.slug, slug)).orderBy(desc(measure.updatedAt));
  const live = rows.find((r) => !r.deletedAt);
  if (live) return live;
  let merged = rows.find((r) => r.mergedIntoId);
  for (let hop = 0; merged && hop < 5; hop++) {
    const [next] = await q.select().from(measure).where(eq(measure.id, merged.mergedIntoId!));
    if (next && !next.deletedAt) return next;
    merged = next?.mergedIntoId ? next : undefined;
  }
  const deleted = rows[0];
  if (opts.withDeleted && deleted && !deleted.mergedIntoId) return deleted;
  throw notFound("measure");
}

export async function findMeasureById(q: Queryable, id: string) {
  const [row] = await q.select().from(measure).where(and(eq(measure.id, id), isNull(measure.deletedAt)));
  if (!row) throw notFound("measure");
  return row;
}

export async function sourcesOf(measureIds: string[], q: Queryable = db) {
  if (measureIds.length === 0) return new Map<string, SourceRow[]>();
  const rows = await q
    .select({
      id: measureSource.id,
      measureId: measureSource.measureId,
      unitId: measureSource.unitId,
      quote: measureSource.quote,
      locator: documentUnit.locator,
      kind: documentUnit.kind,
      heading: documentUnit.heading,
      text: documentUnit.text,
      retired: documentUnit.retiredAt,
      documentSlug: document.slug,
      documentSymbol: document.symbol,
      documentTitle: document.title,
    })
    .from(measureSource)
    .innerJoin(documentUnit, eq(documentUnit.id, measureSource.unitId))
    .innerJoin(document, eq(document.id, documentUnit.documentId))
    .where(inArray(measureSource.measureId, measureIds))
    .orderBy(asc(measureSource.position), asc(measureSource.createdAt));
  const out = new Map<string, SourceRow[]>();
  for (const r of rows) (out.get(r.measureId) ?? out.set(r.measureId, []).get(r.measureId)!).push(r);
  return out;
}

export type SourceRow = {
  id: string;
  measureId: string;
  unitId: string;
  quote: string;
  locator: string;
  kind: string;
  heading: string;
  text: string;
  retired: Date | null;
  documentSlug: string;
  documentSymbol: string | null;
  documentTitle: LocalizedText;
};

/**
 * The columns a list of measures shows. Never `select()` the whole row for a list: the search columns
 * (tokens and two tsvectors) are several times the size of everything else and nobody reads them.
 */
export const measureListColumns = {
  id: measure.id,
  slug: measure.slug,
  title: measure.title,
  actor: measure.actor,
  pillar: measure.pillar,
  category: measure.category,
  prevention: measure.prevention,
  key: measure.key,
  version: measure.version,
  deletedAt: measure.deletedAt,
};
export type MeasureListRow = Pick<typeof measure.$inferSelect, keyof typeof measureListColumns>;

/** A measure as lists and the API show it. */
export function measureSummary(m: MeasureListRow, sources: SourceRow[]) {
  return {
    id: m.id,
    slug: m.slug,
    title: m.title,
    actor: m.actor,
    pillar: m.pillar,
    category: m.category,
    prevention: m.prevention,
    key: m.key,
    version: m.version,
    sources: sources.map((s) => ({ id: s.id, document: s.documentSlug, locator: s.locator, quote: s.quote })),
  };
}
