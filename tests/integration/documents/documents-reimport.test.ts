// Re-importing a new version of a document: units keep their identity where the text is unchanged
// or nearly so (even when renumbered); links to a unit that disappeared follow it to its closest
// successor, or stay on it, flagged for review — never silently dropped.
import { and, eq, isNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db/client";
import { document, documentUnit, unitRedirect } from "~/db/schema";
import { parseDocument } from "~/server/ingest";
import { getUnit } from "~/server/services/documents/get-unit";
import { importDocument } from "~/server/services/documents/import-document";
import { reportText } from "../../helpers/documents";
import { setupDatabase, unique } from "../../helpers/factories";

beforeAll(setupDatabase);

const A = "本报告回顾了各国履行保护责任的情况，并提出今后的步骤。";
const B = "各国应当加强国家机构之间的合作，交流良好做法。";
const C = "区域组织在防止暴行罪方面发挥着重要作用，应当得到更多支持。";
const D = "民间社会和媒体可以帮助监测局势，并向决策者提供信息。";
const E = "联合国系统应当提高其评估能力，并与会员国分享分析结果。";
const F = "各国应当批准相关国际条约，并将其纳入国内法律和国家政策。";

const V1 = [A, B, C, D, E, F];
const V2 = [
  A, // 1: unchanged
  "各国应当加强国家机构之间的合作，并交流良好做法。", // 2: a word added
  "议会可以通过立法和预算监督来支持预防工作。", // 3: new
  C, // 4: was 3
  "联合国系统应当提高其评估能力，并与会员国及时分享分析结果。", // 5: edited in place
  "各国应当批准相关国际条约，并将其纳入国内法律。各国还应定期审查执行情况。", // 6: F rewritten, was 6
]; // D is gone

async function load(slug: string, paragraphs: string[], symbol: string | null = null) {
  const raw = reportText(paragraphs);
  const meta = { slug, symbol, title: { zh: "测试", en: "Test" }, year: 2026, language: "zh", kind: "un-report" as const };
  return db.transaction((tx) => importDocument(tx, { meta, raw, parsed: parseDocument(raw, { slug, kind: "un-report" }) }));
}

async function unitIds(slug: string) {
  const rows = await db
    .select({ id: documentUnit.id, locator: documentUnit.locator })
    .from(documentUnit)
    .innerJoin(document, eq(document.id, documentUnit.documentId))
    .where(and(eq(document.slug, slug), isNull(documentUnit.retiredAt)));
  return Object.fromEntries(rows.map((r) => [r.locator, r.id]));
}

describe("re-import", () => {
  it("keeps identities, moves links to close successors and flags the rest", async () => {
    const slug = unique("reimport");
    const symbol = `A/99/${Math.floor(Math.random() * 900_000) + 100_000}`;
    const first = await load(slug, V1, symbol);
    expect(first.status).toBe("created");
    const citingSlug = unique("citing");
    await load(citingSlug, [`见 ${symbol}，第 2、4 和 6 段。`]);
    const v1 = await unitIds(slug);
    expect((await getUnit({ input: { slug: citingSlug, locator: "1" } })).citations[0]!.target).toEqual({ slug, locators: ["2", "4", "6"] });

    const second = await load(slug, V2, symbol);
    expect(second).toMatchObject({ status: "updated", version: 2 });
    const v2 = await unitIds(slug);
    expect(v2["1"]).toBe(v1["1"]); // unchanged
    expect(v2["2"]).toBe(v1["2"]); // nearly unchanged
    expect(v2["4"]).toBe(v1["3"]); // renumbered: identity follows the text
    expect(v2["5"]).toBe(v1["5"]); // edited in place
    expect(Object.values(v1)).not.toContain(v2["3"]); // new paragraph, new identity

    const redirects = await db.select().from(unitRedirect).where(eq(unitRedirect.documentId, second.documentId));
    const byFrom = new Map(redirects.map((r) => [r.fromUnitId, r]));
    // D disappeared with nothing like it: flagged, its link kept on the retired unit.
    expect(byFrom.get(v1["4"]!)).toMatchObject({ needsReview: true, documentVersion: 2 });
    // F was rewritten: the new paragraph 6 is its successor and takes its links.
    const f = byFrom.get(v1["6"]!);
    expect(f).toMatchObject({ toUnitId: v2["6"], needsReview: false });
    expect(second.retired).toBe(2);
    expect(second.flagged).toBe(1);

    const cite = await getUnit({ input: { slug: citingSlug, locator: "1" } });
    expect(cite.citations[0]!.target).toEqual({ slug, locators: ["2", "6"] });
    expect((await getUnit({ input: { slug, locator: "6" } })).citedBy).toContainEqual(expect.objectContaining({ slug: citingSlug }));

    // Retired units stay in the database, out of the document.
    const [retired] = await db.select().from(documentUnit).where(eq(documentUnit.id, v1["4"]!));
    expect(retired!.retiredAt).not.toBeNull();
    expect(retired!.text).toBe(D);
  });

  it("does nothing when the same text is imported again", async () => {
    const slug = unique("same");
    await load(slug, V1);
    const before = await unitIds(slug);
    expect((await load(slug, V1)).status).toBe("unchanged");
    expect(await unitIds(slug)).toEqual(before);
  });

  it("lets two instances import the same new document at once (one creates, one finds it)", async () => {
    const slug = unique("race");
    const results = await Promise.all([load(slug, V1), load(slug, V1)]);
    expect(results.map((r) => r.status).sort()).toEqual(["created", "unchanged"]);
  });

  it("survives a renumbering that swaps locators", async () => {
    const slug = unique("swap");
    await load(slug, [A, B, C]);
    const v1 = await unitIds(slug);
    await load(slug, [C, B, A]);
    const v2 = await unitIds(slug);
    expect([v2["1"], v2["2"], v2["3"]]).toEqual([v1["3"], v1["2"], v1["1"]]);
  });
});

describe("links to retired paragraphs", () => {
  it("the unit API redirects a retired locator to its successor, and 404s when there is none", async () => {
    const { GET } = await import("~/app/api/v1/documents/[slug]/units/[locator]/route");
    const get = (slug: string, locator: string) =>
      GET(new Request(`http://app.test/api/v1/documents/${slug}/units/${locator}`), {
        params: Promise.resolve({ slug, locator }),
      });
    const slug = unique("moved");
    await load(slug, V1);
    // E is gone and F, rewritten, moves up to paragraph 5: links to "6" should land on "5".
    const rewrittenF = "各国应当批准相关国际条约，并将其纳入国内法律。各国还应定期审查执行情况。";
    await load(slug, [A, B, C, D, rewrittenF]);

    const moved = await get(slug, "6");
    expect(moved.status).toBe(308);
    // Relative, so it stays on the host the client used.
    expect(moved.headers.get("location")).toBe(`/api/v1/documents/${slug}/units/5`);
    const live = await get(slug, "5");
    expect(live.status).toBe(200);
    expect((await live.json()).text).toBe(rewrittenF);
    expect((await get(slug, "7")).status).toBe(404);
  });
});
