// The vendored documents as stored: counts per document, idempotent seeding, citations resolved
// across documents, and what each paragraph is cited by.
import { and, eq, isNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db/client";
import { document, documentUnit } from "~/db/schema";
import { seedDocuments } from "~/server/seed/seed-documents";
import { getDocument } from "~/server/services/documents/get-document";
import { getUnit } from "~/server/services/documents/get-unit";
import { listDocuments } from "~/server/services/documents/list-documents";
import { setupDatabase } from "../../helpers/factories";

beforeAll(setupDatabase);

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

async function kinds(slug: string) {
  const doc = await getDocument({ input: { slug } });
  const count = (kind: string) => doc.units.filter((u) => u.kind === kind).length;
  return { doc, count };
}

describe("seeded documents", () => {
  it("stores the expected paragraphs, annex paragraphs and footnotes", async () => {
    const a63 = await kinds("a-63-677");
    expect(a63.doc.units.filter((u) => u.kind === "paragraph").map((u) => u.locator)).toEqual(range(1, 72));
    expect(a63.doc.units.filter((u) => u.kind === "annex").map((u) => u.locator)).toEqual(range(1, 7).map((n) => `annex-${n}`));
    expect(a63.doc.footnotes.map((f) => f.number)).toEqual(range(1, 13).map(Number));

    const sg = await kinds("sg-2025");
    expect(sg.count("paragraph")).toBe(80);
    expect(sg.doc.footnotes).toHaveLength(140);

    const a72 = await kinds("a-72-884");
    expect(a72.doc.units.filter((u) => u.kind === "paragraph").map((u) => u.locator)).toEqual(range(1, 49));
    expect(a72.doc.footnotes).toHaveLength(3);
    expect(a72.count("subitem")).toBe(31);
    // 48 is a single recommendation in the text; the others list theirs as (a), (b), …
    for (const p of ["45", "46", "47", "49"]) {
      expect(a72.doc.units.some((u) => u.locator === `${p}(a)` && u.kind === "subitem")).toBe(true);
    }

    const a65 = await kinds("a-65-877");
    expect(a65.doc.units.filter((u) => u.kind === "paragraph").map((u) => u.locator)).toEqual(range(1, 44));
    expect(a65.doc.footnotes).toHaveLength(1);

    const toolkit = await kinds("icrtop-toolkit");
    expect(toolkit.count("section")).toBe(35);
    expect(toolkit.count("item")).toBeGreaterThan(300);
    expect(toolkit.doc.units.every((u) => u.kind === "heading" || u.kind === "section" || u.heading !== "")).toBe(true);
  });

  it("lists the library with titles and counts", async () => {
    const list = await listDocuments({ input: { page: 1, pageSize: 500 } });
    const a63 = list.items.find((d) => d.slug === "a-63-677");
    expect(a63).toMatchObject({
      symbol: "A/63/677",
      title: { zh: "履行保护责任", en: "Implementing the responsibility to protect" },
      year: 2009,
      language: "zh",
      counts: { paragraphs: 73, annex: 7, footnotes: 13 },
    });
    expect(list.items.map((d) => d.slug)).toEqual(
      expect.arrayContaining(["icrtop-toolkit", "a-63-677", "sg-2025", "a-72-884", "a-65-877"]),
    );
  });

  it("re-seeds cheaply: unchanged documents are skipped and keep their unit ids", async () => {
    const before = await db
      .select({ id: documentUnit.id })
      .from(documentUnit)
      .innerJoin(document, eq(document.id, documentUnit.documentId))
      .where(and(eq(document.slug, "a-65-877"), isNull(documentUnit.retiredAt)));
    const status = await seedDocuments(db);
    expect(Object.values(status)).toEqual(["unchanged", "unchanged", "unchanged", "unchanged", "unchanged"]);
    const after = await db
      .select({ id: documentUnit.id })
      .from(documentUnit)
      .innerJoin(document, eq(document.id, documentUnit.documentId))
      .where(and(eq(document.slug, "a-65-877"), isNull(documentUnit.retiredAt)));
    expect(after.map((r) => r.id).sort()).toEqual(before.map((r) => r.id).sort());
  });
});

describe("citations", () => {
  it("resolve a cited paragraph list to the units of another document", async () => {
    const doc = await getDocument({ input: { slug: "a-72-884" } });
    const citing = doc.units.find((u) => u.citations.some((c) => c.symbol === "A/63/677" && c.paragraphs.length > 0));
    expect(citing).toBeDefined();
    const unit = await getUnit({ input: { slug: "a-72-884", locator: citing!.locator } });
    expect(unit.citations).toContainEqual({
      symbol: "A/63/677",
      paragraphs: ["17", "27", "37", "43", "44", "45", "47", "59"],
      target: { slug: "a-63-677", locators: ["17", "27", "37", "43", "44", "45", "47", "59"] },
    });
    const cited = await getUnit({ input: { slug: "a-63-677", locator: "17" } });
    expect(cited.citedBy).toContainEqual(
      expect.objectContaining({ type: "paragraph", slug: "a-72-884", locator: citing!.locator, symbol: "A/72/884-S/2018/525" }),
    );
  });

  it("resolve a document cited without paragraphs, and leave documents outside the library unresolved", async () => {
    const doc = await getDocument({ input: { slug: "sg-2025" } });
    const all = [...doc.units, ...doc.footnotes].flatMap((u) => u.citations);
    expect(all).toContainEqual(expect.objectContaining({ symbol: "A/63/677", target: { slug: "a-63-677", locators: [] } }));
    expect(all).toContainEqual(
      expect.objectContaining({ symbol: "A/65/877-S/2011/393", target: { slug: "a-65-877", locators: [] } }),
    );
    const outside = all.filter((c) => c.target === null);
    expect(outside.length).toBeGreaterThan(0);
    expect(outside.every((c) => !["A/63/677", "A/65/877-S/2011/393"].includes(c.symbol))).toBe(true);
  });

  it("gives a unit its footnotes", async () => {
    const doc = await getDocument({ input: { slug: "a-72-884" } });
    const withNote = doc.units.find((u) => u.footnoteRefs.length > 0)!;
    const unit = await getUnit({ input: { slug: "a-72-884", locator: withNote.locator } });
    expect(unit.footnotes.map((f) => f.number)).toEqual(withNote.footnoteRefs);
    expect(unit.footnotes[0]!.locator).toBe(`fn-${withNote.footnoteRefs[0]}`);
    const note = await getUnit({ input: { slug: "a-72-884", locator: "fn-1" } });
    expect(note.kind).toBe("footnote");
  });

  it("refuses unknown documents and locators", async () => {
    await expect(getDocument({ input: { slug: "no-such-doc" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getUnit({ input: { slug: "a-63-677", locator: "999" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
