import { describe, expect, it } from "vitest";
import { detectCitations } from "~/server/ingest";
import { expandParagraphs, resolveSymbol } from "~/server/ingest/citations";
import { LIBRARY } from "~/server/ingest/library";
import { footnote, parsed, unit } from "./load";

describe("detectCitations", () => {
  it("finds a symbol with the paragraphs it cites", () => {
    const [c] = detectCitations("(见 A/63/677，第 17、27、37、43-45、47 和 59 段)", LIBRARY);
    expect(c).toEqual({
      symbol: "A/63/677",
      raw: "A/63/677，第 17、27、37、43-45、47 和 59 段",
      paragraphs: ["17", "27", "37", "43", "44", "45", "47", "59"],
      targetSlug: "a-63-677",
    });
  });
  it("resolves either half of a double symbol", () => {
    expect(detectCitations("见 A/72/884-S/2018/525。", LIBRARY)[0]?.targetSlug).toBe("a-72-884");
    expect(resolveSymbol("S/2011/393", LIBRARY)).toBe("a-65-877");
    expect(resolveSymbol("A/65/877", LIBRARY)).toBe("a-65-877");
    expect(resolveSymbol("A/71/1016-S/2017/556", LIBRARY)).toBeNull();
  });
  it.each([
    ["见 A/HRC/41/24 和 A/78/901-S/2024/434。", ["A/HRC/41/24", "A/78/901-S/2024/434"]],
    ["(E/CN.4/1994/7/Add.1)", ["E/CN.4/1994/7/Add.1"]],
    ["见 A/77/CRP.1/Add.8。", ["A/77/CRP.1/Add.8"]],
    ["见 A/ES-10/794 和 A/78/901。", ["A/ES-10/794", "A/78/901"]],
    ["S/RES/1674(2006)", ["S/RES/1674(2006)"]],
    ["A/RES/60/1 和 A/60/L.1", ["A/RES/60/1", "A/60/L.1"]],
    ["见 SG/SM/13385, 2011 年", ["SG/SM/13385"]],
  ])("%s", (text, symbols) => {
    expect(detectCitations(text, LIBRARY).map((c) => c.symbol)).toEqual(symbols);
  });
  it("reads Chinese resolution references", () => {
    expect(detectCitations("安全理事会第 1674(2006)号决议", []).map((c) => c.symbol)).toEqual(["S/RES/1674(2006)"]);
    expect(detectCitations("大会第 60/1 号决议", []).map((c) => c.symbol)).toEqual(["A/RES/60/1"]);
  });
  it("reads the World Summit Outcome with its paragraphs", () => {
    const [c] = detectCitations("《2005 年世界首脑会议成果》第138和139段", []);
    expect(c).toMatchObject({ symbol: "A/RES/60/1", paragraphs: ["138", "139"] });
    expect(detectCitations("《首脑会议成果》第 4 段", [])[0]?.paragraphs).toEqual(["4"]);
  });
  it("ignores things that are not symbols", () => {
    expect(detectCitations("艾滋病毒/艾滋病，第 4(h)条，2005-2025 年", LIBRARY)).toEqual([]);
  });
});

describe("expandParagraphs", () => {
  it("expands ranges and lists", () => {
    expect(expandParagraphs("17、27、37、43-45、47 和 59")).toEqual(["17", "27", "37", "43", "44", "45", "47", "59"]);
    expect(expandParagraphs("35(g)")).toEqual(["35(g)"]);
  });
});

describe("citations in the documents", () => {
  it("A/72/884 paragraph 40 cites A/63/677 paragraphs 17, 27, 37, 43–45, 47 and 59", () => {
    const c = unit("a-72-884", "40").citations.find((x) => x.symbol === "A/63/677");
    expect(c?.paragraphs).toEqual(["17", "27", "37", "43", "44", "45", "47", "59"]);
    expect(c?.targetSlug).toBe("a-63-677");
    expect(unit("a-72-884", "40").text).toContain("(见 A/63/677，第 17、27、37、43-45、47 和 59 段)");
  });
  it("A/72/884 keeps the symbol text of markdown links", () => {
    const all = parsed("a-72-884").units.map((u) => u.text).join("\n");
    expect(all).not.toContain("](#)");
    expect(all).toContain("A/70/357-S/2015/683");
  });
  it("A/63/677 paragraph 6 cites A/54/549 paragraphs 505 and 506", () => {
    const cs = unit("a-63-677", "6").citations.filter((x) => x.symbol === "A/54/549");
    expect(cs.map((c) => c.paragraphs)).toEqual([["505"], ["506"]]);
  });
  it("sg-2025 footnotes resolve to the library", () => {
    expect(footnote("sg-2025", 3).citations).toEqual([{ symbol: "A/63/677", raw: "A/63/677", paragraphs: [], targetSlug: "a-63-677" }]);
    const targets = parsed("sg-2025").footnotes.flatMap((f) => f.citations.map((c) => c.targetSlug)).filter(Boolean);
    expect(new Set(targets)).toEqual(new Set(["a-63-677", "a-65-877", "a-72-884"]));
  });
  it("sg-2025 paragraph 1 cites the Outcome paragraphs 138 and 139", () => {
    expect(unit("sg-2025", "1").citations[0]).toMatchObject({ symbol: "A/RES/60/1", paragraphs: ["138", "139"] });
  });
});
