// Fresh measures for tests that change them: each one uniquely slugged, citing a real unit, with its
// first revision, so tests never touch (or depend on) each other's catalogue rows.
import { and, eq, isNull } from "drizzle-orm";
import { db } from "~/db/client";
import { document, documentUnit, measure, measureRevision, measureSource } from "~/db/schema";
import { loadSnapshot, measureSearchTokens } from "~/server/services/measures/measure-snapshot";
import { unique } from "./factories";

export async function unitOf(slug: string, locator: string) {
  const [u] = await db
    .select({ id: documentUnit.id, text: documentUnit.text })
    .from(documentUnit)
    .innerJoin(document, eq(document.id, documentUnit.documentId))
    .where(and(eq(document.slug, slug), eq(documentUnit.locator, locator), isNull(documentUnit.retiredAt)));
  if (!u) throw new Error(`no unit ${slug}#${locator}`);
  return u;
}

export async function makeMeasure(opts: { titleZh?: string; source?: { document: string; locator: string; quote: string } } = {}) {
  const src = opts.source ?? { document: "a-72-884", locator: "45(a)", quote: "协调人" };
  const unit = await unitOf(src.document, src.locator);
  const fields = {
    title: { zh: opts.titleZh ?? "测试措施", en: "Test measure" },
    description: { zh: "测试说明", en: "A test description" },
  };
  const [row] = await db
    .insert(measure)
    .values({ slug: unique("test-measure"), ...fields, actor: "government", pillar: 1, category: "institutional", prevention: "upstream", searchTokens: measureSearchTokens(fields) })
    .returning();
  await db.insert(measureSource).values({ measureId: row!.id, unitId: unit.id, locator: src.locator, quote: src.quote });
  const snapshot = await loadSnapshot(db, row!.id);
  await db.insert(measureRevision).values({ measureId: row!.id, version: 1, snapshot, action: "seed", actorLabel: "seed" });
  return row!;
}
