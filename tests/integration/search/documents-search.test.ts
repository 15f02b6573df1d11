// Search over the vendored documents: the right paragraphs first for the terms people use, in
// Chinese and English; one character; and hostile input that must never become a 500.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as searchRoute } from "~/app/api/v1/search/route";
import { searchUnits } from "~/server/services/documents/search-units";
import { expectEvery } from "../../helpers/expect-every";
import { setupDatabase } from "../../helpers/factories";

beforeAll(setupDatabase);

const VENDORED = new Set(["icrtop-toolkit", "a-63-677", "sg-2025", "a-72-884", "a-65-877"]);
const search = async (q: string, extra: { document?: string; pageSize?: number } = {}) =>
  searchUnits({ q, page: 1, pageSize: extra.pageSize ?? 10, document: extra.document });
const ids = (r: Awaited<ReturnType<typeof search>>) => r.items.map((i) => `${i.slug}#${i.locator}`);

describe("search ranking", () => {
  it("协调人: the recommendation to appoint a national focal point comes first", async () => {
    const r = await search("协调人");
    // a-72-884 45(a) recommends appointing one; sg-2025 41 counts the states that have.
    expect(ids(r).slice(0, 2)).toEqual(["a-72-884#45(a)", "sg-2025#41"]);
    expect(r.total).toBe(3);
    const first = r.items[0]!;
    expect(first.snippet.slice(first.highlights[0]![0], first.highlights[0]![1])).toBe("协调人");
  });

  it("罗马规约: a-63-677 paragraph 18, which names the Statute twice, comes first", async () => {
    const r = await search("罗马规约");
    expect(ids(r)[0]).toBe("a-63-677#18");
    expect(ids(r)).toEqual(expect.arrayContaining(["a-63-677#19", "icrtop-toolkit#s11-1", "icrtop-toolkit#s31-10"]));
    expectEvery(r.items, (i) => i.snippet.includes("罗马规约"));
  });

  it("预警: the paragraphs of a-72-884's early-warning section come first", async () => {
    const r = await search("预警");
    expect(ids(r).slice(0, 2).sort()).toEqual(["a-72-884#13", "a-72-884#16"]);
    expect(r.total).toBeGreaterThan(60);
  });

  it("early warning (English) finds the same Chinese paragraphs", async () => {
    const en = await search("early warning");
    const zh = await search("预警");
    expect(ids(en).slice(0, 3)).toEqual(ids(zh).slice(0, 3));
    expect(en.items[0]!.highlights.length).toBeGreaterThan(0);
  });

  it("English glossary terms and UN symbols are searchable", async () => {
    // "focal point" stands for 协调人 and 协调中心 (a-65-877 28 is about regional focal points).
    const focal = await search("focal point");
    expect(ids(focal)).toEqual(expect.arrayContaining(["a-72-884#45(a)", "sg-2025#41"]));
    expect(focal.items[0]!.snippet).toMatch(/协调人|协调中心/);
    const symbol = await search("A/63/677");
    expect(symbol.total).toBeGreaterThan(0);
    expect(symbol.items[0]!.snippet).toMatch(/A\/63\/677/);
  });

  it("filters by document and pages through results", async () => {
    const r = await search("预警", { document: "a-63-677", pageSize: 5 });
    expectEvery(r.items, (i) => i.slug === "a-63-677");
    expect(r.total).toBeGreaterThan(5);
    const page2 = await searchUnits({ q: "预警", document: "a-63-677", page: 2, pageSize: 5 });
    expect(page2.total).toBe(r.total);
    expect(ids(page2).some((id) => ids(r).includes(id))).toBe(false);
  });

  it("finds footnotes too", async () => {
    const r = await search("Kreutz");
    expect(r.items.some((i) => i.type === "footnote")).toBe(true);
  });

  it("falls back to a literal match for one character", async () => {
    const r = await search("罪", { pageSize: 5 });
    expect(r.mode).toBe("ilike");
    expect(r.total).toBeGreaterThan(100);
    expectEvery(r.items, (i) => VENDORED.has(i.slug) || i.snippet.includes("罪"));
    expect(r.items[0]!.highlights.length).toBeGreaterThan(0);
    expect((await search("%")).total).toBe(0);
  });
});

describe("hostile search input", () => {
  // Each with whether it still finds something: operators are read as text, never as syntax.
  const hostile: [string, boolean][] = [
    ['"协调人', true],
    ["& | ! ( ) : * <-> \\", false],
    ["预警 & !保护", false],
    ["'; drop table document; --", false],
    ["a:* | b", true],
    ["%_\\", false],
    ["\u0001", false],
    ["😀😀 预警", true],
  ];

  it.each(hostile)("answers %j without an error", async (q, finds) => {
    const res = await searchRoute(new Request(`http://app.test/api/v1/search?q=${encodeURIComponent(q)}`));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: unknown[]; total: number; pageSize: number };
    expect(body.total > 0).toBe(finds);
    expect(body.items.length).toBe(Math.min(body.total, body.pageSize));
  });

  it("refuses an empty or 10,000-character query with a 400 naming q", async () => {
    // A NUL byte is text PostgreSQL cannot hold: refused at the boundary (issue 17, decision 018).
    for (const q of ["", "预".repeat(10_000), "\u0000\u0001"]) {
      const res = await searchRoute(new Request(`http://app.test/api/v1/search?q=${encodeURIComponent(q)}`));
      expect(res.status).toBe(400);
      expect(Object.keys(((await res.json()) as { fieldErrors: object }).fieldErrors)).toEqual(["q"]);
    }
    const res = await searchRoute(new Request("http://app.test/api/v1/search?q=x&pageSize=9999"));
    expect(res.status).toBe(400);
  });
});
