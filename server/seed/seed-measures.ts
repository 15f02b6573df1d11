// Loads the reviewed measures catalogue (db/seed/measures) after the documents: cheap when nothing changed
// (one query compares hashes), one transaction when something did, and never over the secretariat's
// work — a measure a person has edited, merged or deleted keeps what they made of it.
import { fromZhEn } from "~/db/localized-text-ops";
import { createHash } from "node:crypto";
import { and, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import type { Db, Tx } from "~/db/client";
import { document, documentUnit, measure, measureRevision, measureSource } from "~/db/schema";
import { measureSearchTokens, type MeasureSnapshot } from "~/server/services/measures/measure-snapshot";
import { MEASURES, type MeasureSeed } from "~/db/seed/measures";

export interface SeedMeasuresResult {
  created: number;
  updated: number;
  unchanged: number;
  /** Changed in the seed, but a person has edited the measure since: left as they made it. */
  kept: number;
}

const hashOf = (m: MeasureSeed) => createHash("sha256").update(JSON.stringify(m)).digest("hex");

async function unitIndex(tx: Tx) {
  const rows = await tx
    .select({ id: documentUnit.id, slug: document.slug, locator: documentUnit.locator })
    .from(documentUnit)
    .innerJoin(document, eq(document.id, documentUnit.documentId))
    .where(isNull(documentUnit.retiredAt));
  return new Map(rows.map((r) => [`${r.slug}#${r.locator}`, r.id]));
}

/** The seed files write Chinese and English; a blank one is "not translated", not an empty entry. */
const compactText = (t: { zh: string; en: string }) => fromZhEn(t.zh, t.en);

function snapshotOf(m: MeasureSeed, units: Map<string, string>): MeasureSnapshot {
  return {
    slug: m.slug,
    title: compactText(m.title),
    description: compactText(m.description),
    actor: m.actor,
    pillar: m.pillar,
    category: m.category,
    prevention: m.prevention,
    key: m.key,
    sources: m.sources.map((s) => {
      const unitId = units.get(`${s.document}#${s.locator}`);
      // The quote test proves every citation resolves; failing here means a document changed under it.
      if (!unitId) throw new Error(`measure ${m.slug}: no unit ${s.document}#${s.locator}`);
      return { unitId, document: s.document, locator: s.locator, quote: s.quote };
    }),
  };
}

const rowOf = (s: MeasureSnapshot, seedHash: string) => ({
  slug: s.slug,
  title: s.title,
  description: s.description,
  actor: s.actor,
  pillar: s.pillar,
  category: s.category,
  prevention: s.prevention,
  key: s.key,
  seedHash,
  searchTokens: measureSearchTokens(s),
});

const sourceRows = (measureId: string, s: MeasureSnapshot) =>
  s.sources.map((src, position) => ({ measureId, unitId: src.unitId, locator: src.locator, quote: src.quote, position }));

export async function seedMeasures(db: Db, catalogue: readonly MeasureSeed[] = MEASURES): Promise<SeedMeasuresResult> {
  const result: SeedMeasuresResult = { created: 0, updated: 0, unchanged: 0, kept: 0 };
  const wanted = catalogue.map((m) => ({ m, hash: hashOf(m) }));
  // Every row ever seeded under these slugs, deleted and merged ones too: those stay as people left them.
  const existing = await db.select({ id: measure.id, slug: measure.slug, seedHash: measure.seedHash }).from(measure);
  const bySlug = new Map(existing.map((r) => [r.slug, r]));
  const todo = wanted.filter(({ m, hash }) => bySlug.get(m.slug)?.seedHash !== hash);
  result.unchanged = wanted.length - todo.length;
  if (todo.length === 0) return result;

  await db.transaction(async (tx) => {
    const units = await unitIndex(tx);
    const fresh = todo.filter(({ m }) => !bySlug.has(m.slug));
    const changed = todo.filter(({ m }) => bySlug.has(m.slug));

    if (fresh.length > 0) {
      const snapshots = fresh.map(({ m, hash }) => ({ s: snapshotOf(m, units), hash }));
      const inserted = await tx
        .insert(measure)
        .values(snapshots.map(({ s, hash }) => rowOf(s, hash)))
        .returning({ id: measure.id, slug: measure.slug });
      const ids = new Map(inserted.map((r) => [r.slug, r.id]));
      await tx.insert(measureSource).values(snapshots.flatMap(({ s }) => sourceRows(ids.get(s.slug)!, s)));
      await tx.insert(measureRevision).values(
        snapshots.map(({ s }) => ({ measureId: ids.get(s.slug)!, version: 1, snapshot: s, action: "seed", actorLabel: "seed" })),
      );
      result.created = fresh.length;
    }

    if (changed.length > 0) {
      const ids = changed.map(({ m }) => bySlug.get(m.slug)!.id);
      const touched = await tx
        .selectDistinct({ id: measureRevision.measureId })
        .from(measureRevision)
        .where(and(inArray(measureRevision.measureId, ids), isNotNull(measureRevision.actorId)));
      const edited = new Set(touched.map((r) => r.id));
      for (const { m, hash } of changed) {
        const id = bySlug.get(m.slug)!.id;
        const [row] = await tx.select().from(measure).where(eq(measure.id, id));
        if (!row || edited.has(id) || row.deletedAt || row.mergedIntoId) {
          result.kept++;
          continue;
        }
        const s = snapshotOf(m, units);
        const [after] = await tx
          .update(measure)
          .set({ ...rowOf(s, hash), version: row.version + 1, updatedAt: new Date() })
          .where(eq(measure.id, id))
          .returning({ version: measure.version });
        await tx.delete(measureSource).where(eq(measureSource.measureId, id));
        await tx.insert(measureSource).values(sourceRows(id, s));
        await tx
          .insert(measureRevision)
          .values({ measureId: id, version: after!.version, snapshot: s, action: "seed", actorLabel: "seed" });
        result.updated++;
      }
    }
  });
  return result;
}
