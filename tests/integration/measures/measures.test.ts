// The catalogue as stored: every seed measure with every source resolved to its unit, a re-seed that
// changes nothing (and spares the secretariat's edits), filters, and text search through the index.
import { and, count, eq, isNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db/client";
import { documentUnit, measure, measureRevision, measureSource } from "~/db/schema";
import { MEASURES } from "~/db/seed/measures";
import { seedMeasures } from "~/server/seed/seed-measures";
import { updateMeasure } from "~/server/services/measures/update-measure";
import { expectEvery } from "../../helpers/expect-every";
import { callerFor, makeViewer, setupDatabase } from "../../helpers/factories";

beforeAll(setupDatabase);

const seedSlugs = MEASURES.map((m) => m.slug);
const normalise = (s: string) => s.replace(/\s+/g, " ").trim();

describe("seeding the catalogue", () => {
  it("stores all 313 measures with every source resolved to the unit whose text holds the quote", async () => {
    expect(MEASURES.length).toBe(313);
    const rows = await db
      .select({ slug: measure.slug, quote: measureSource.quote, text: documentUnit.text })
      .from(measureSource)
      .innerJoin(measure, eq(measure.id, measureSource.measureId))
      .innerJoin(documentUnit, eq(documentUnit.id, measureSource.unitId));
    const seeded = rows.filter((r) => seedSlugs.includes(r.slug));
    expect(new Set(seeded.map((r) => r.slug)).size).toBe(313);
    expect(seeded.length).toBe(MEASURES.reduce((n, m) => n + m.sources.length, 0));
    for (const r of seeded) expect(normalise(r.text), r.slug).toContain(normalise(r.quote));
  });

  it("is idempotent: a second run changes nothing", async () => {
    const before = await db.select({ n: count() }).from(measureRevision);
    const result = await seedMeasures(db);
    expect(result.created).toBe(0);
    expect(result.updated).toBe(0);
    const after = await db.select({ n: count() }).from(measureRevision);
    expect(Number(after[0]!.n)).toBe(Number(before[0]!.n));
  });

  it("updates an untouched measure when the seed changes, as a revision by seed, but keeps the secretariat's edit", async () => {
    const [a, b] = [MEASURES[10]!, MEASURES[11]!];
    const changed = MEASURES.map((m) =>
      m.slug === a.slug || m.slug === b.slug ? { ...m, title: { ...m.title, en: `${m.title.en} (revised)` } } : m,
    );
    // A person edits b first: the changed seed must leave b as they made it.
    const [rowB] = await db.select().from(measure).where(and(eq(measure.slug, b.slug), isNull(measure.deletedAt)));
    const staff = await makeViewer("secretariat");
    await updateMeasure({ ctx: { viewer: staff, requestId: "t" }, input: {
      id: rowB!.id, version: rowB!.version, title: { ...rowB!.title, en: "Edited by the secretariat" },
      description: rowB!.description, actor: rowB!.actor,
      pillar: rowB!.pillar as 1 | 2 | 3 | null, category: rowB!.category as "legal", prevention: rowB!.prevention, key: rowB!.key,
    } });
    const result = await seedMeasures(db, changed);
    expect(result).toMatchObject({ created: 0, updated: 1, kept: 1 });
    const [afterA] = await db.select().from(measure).where(eq(measure.slug, a.slug));
    const [afterB] = await db.select().from(measure).where(eq(measure.slug, b.slug));
    expect(afterA!.title.en).toBe(`${a.title.en} (revised)`);
    expect(afterB!.title.en).toBe("Edited by the secretariat");
    const revisions = await db.select().from(measureRevision).where(eq(measureRevision.measureId, afterA!.id));
    expect(revisions.length).toBeGreaterThanOrEqual(2);
    expectEvery(revisions, (r) => r.actorLabel === "seed" && r.actorId === null);
    // Back to the reviewed catalogue, so other tests see it as shipped.
    await seedMeasures(db);
    const [restoredA] = await db.select().from(measure).where(eq(measure.slug, a.slug));
    expect(restoredA!.title.en).toBe(a.title.en);
  });
});

describe("listing and filtering", () => {
  const api = callerFor(null);
  // On the shared server database other test files add measures of their own: count the catalogue's.
  const seeded = <T extends { slug: string }>(items: T[]) => items.filter((i) => seedSlugs.includes(i.slug));

  it("filters by actor, pillar, category, prevention, key and document", async () => {
    const parliament = await api.measures.list({ actor: "parliament", pageSize: 500 });
    expect(seeded(parliament.items).length).toBe(MEASURES.filter((m) => m.actor === "parliament").length);
    expectEvery(parliament.items, (m) => m.actor === "parliament");

    const key = await api.measures.list({ key: true, pageSize: 500 });
    expect(seeded(key.items).map((m) => m.slug).sort()).toEqual(MEASURES.filter((m) => m.key).map((m) => m.slug).sort());

    const p3 = await api.measures.list({ pillar: "3", pageSize: 500 });
    expectEvery(p3.items, (m) => m.pillar === 3);
    const noPillar = await api.measures.list({ pillar: "none", pageSize: 500 });
    expectEvery(noPillar.items, (m) => m.pillar === null);

    const down = await api.measures.list({ prevention: "downstream", category: "sanctions", pageSize: 500 });
    expect(seeded(down.items).length).toBe(MEASURES.filter((m) => m.prevention === "downstream" && m.category === "sanctions").length);

    const cited = await api.measures.list({ document: "a-65-877", pageSize: 500 });
    expect(seeded(cited.items).length).toBe(MEASURES.filter((m) => m.sources.some((s) => s.document === "a-65-877")).length);
    expectEvery(cited.items, (m) => m.sources.some((s) => s.document === "a-65-877"));
  });

  it("pages through the catalogue", async () => {
    const p1 = await api.measures.list({ pageSize: 10, page: 1 });
    const p2 = await api.measures.list({ pageSize: 10, page: 2 });
    expect(p1.total).toBeGreaterThanOrEqual(313);
    expect(p2.items.map((m) => m.id).some((id) => p1.items.some((m) => m.id === id))).toBe(false);
  });

  it("searches through the index in Chinese and English", async () => {
    const zh = await api.measures.list({ q: "协调人", pageSize: 50 });
    expect(zh.items.map((m) => m.slug)).toContain("appoint-national-r2p-focal-point");
    const en = await api.measures.list({ q: "focal point", pageSize: 50 });
    expect(en.items.map((m) => m.slug)).toContain("appoint-national-r2p-focal-point");
    expect((await api.measures.list({ q: "zzzzqqq" })).total).toBe(0);
  });

  it("joins the site search as type measure, before the paragraphs", async () => {
    const r = await api.documents.search({ q: "协调人", page: 1, pageSize: 20 });
    expect(r.items[0]!.type).toBe("measure");
    expect(r.items.some((i) => i.type === "paragraph")).toBe(true);
    const measures = r.items.filter((i) => i.type === "measure").length;
    const page2 = await api.documents.search({ q: "协调人", page: 2, pageSize: measures });
    expect(page2.total).toBe(r.total);
  });

  it("gathers the steps for parliamentarians by theme", async () => {
    const steps = await api.measures.parliamentSteps();
    const all = steps.groups.flatMap((g) => g.items);
    expect(seeded(all).filter((m) => m.actor === "parliament").length).toBe(MEASURES.filter((m) => m.actor === "parliament").length);
    expect(all.some((m) => m.actor !== "parliament")).toBe(true);
    expect(steps.groups.length).toBeGreaterThan(1);
    for (const g of steps.groups) expectEvery(g.items, (m) => m.category === g.category);
    expectEvery(all, (m) => m.passages.length > 0);
  });
});
