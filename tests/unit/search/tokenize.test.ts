// Search tokens and query plans: Chinese bigrams, English words, and hostile strings.
import { describe, expect, it } from "vitest";
import { chineseEquivalents } from "~/server/search/glossary";
import { planSearch } from "~/server/search/query";
import { findMatches, makeSnippet } from "~/server/search/snippet";
import { escapeLike, meaningfulLength, tokenize } from "~/server/search/tokenize";
import { matchUnits, similarity } from "~/server/services/documents/match-units";

describe("tokenize", () => {
  it("splits Han runs into overlapping bigrams", () => {
    expect(tokenize("协调人")).toEqual(["协调", "调人"]);
    expect(tokenize("罗马规约")).toEqual(["罗马", "马规", "规约"]);
  });
  it("keeps a lone Han character as itself", () => {
    expect(tokenize("和")).toEqual(["和"]);
  });
  it("lower-cases NFKC words and never lets Han into a word", () => {
    expect(tokenize("Early Warning")).toEqual(["early", "warning"]);
    expect(tokenize("ＡＢＣ１２")).toEqual(["abc12"]);
    expect(tokenize("R2P保护责任")).toEqual(["r2p", "保护", "护责", "责任"]);
    expect(tokenize("A/63/677，第17段")).toEqual(["a", "63", "677", "第", "17", "段"]);
  });
  it("drops operators and punctuation", () => {
    expect(tokenize("& | ! ( ) : * <-> ' \"")).toEqual([]);
  });
  it("counts meaningful characters and escapes LIKE wildcards", () => {
    expect(meaningfulLength(" 人! ")).toBe(1);
    expect(meaningfulLength("&|!")).toBe(0);
    expect(escapeLike("50%_a\\")).toBe("50\\%\\_a\\\\");
  });
});

describe("planSearch", () => {
  it("plans full text with glossary alternatives for English", () => {
    const plan = planSearch("early warning");
    expect(plan.mode).toBe("fulltext");
    expect(plan.phrases).toEqual(["early warning", "预警", "早报 报警"]);
    expect(plan.english).toBe("early warning");
    expect(plan.highlight).toContain("预警");
  });
  it("uses ILIKE for one character and nothing for punctuation", () => {
    expect(planSearch(" 罪 ").mode).toBe("ilike");
    expect(planSearch("&|!():*").mode).toBe("none");
  });
  it("finds glossary phrases inside longer queries", () => {
    expect(chineseEquivalents("national focal point appointment")).toEqual(["协调人", "协调中心"]);
    expect(chineseEquivalents("nothing here")).toEqual([]);
  });
});

describe("snippets", () => {
  it("marks every occurrence, merging overlaps", () => {
    expect(findMatches("预警和早期预警", ["预警"])).toEqual([
      [0, 2],
      [5, 7],
    ]);
    expect(findMatches("Early warnings", ["warn"])).toEqual([[6, 14]]);
  });
  it("cuts a window around the first match with ellipses", () => {
    const text = `${"甲".repeat(100)}协调人${"乙".repeat(200)}`;
    const s = makeSnippet(text, ["协调人"]);
    expect(s.text.startsWith("…")).toBe(true);
    expect(s.text.endsWith("…")).toBe(true);
    const [a, b] = s.matches[0]!;
    expect(s.text.slice(a, b)).toBe("协调人");
  });
});

describe("matchUnits", () => {
  const known = [
    { id: "a", locator: "1", text: "第一段的文字内容相当长，足以比较。" },
    { id: "b", locator: "2", text: "第二段讨论区域组织的作用和责任。" },
    { id: "c", locator: "3", text: "第三段将被完全删除，不再出现。" },
  ];
  it("keeps identical, moved and nearly identical units", () => {
    const m = matchUnits(known, [
      { locator: "1", text: "新插入的段落，与旧文无关。" },
      { locator: "2", text: known[0]!.text },
      { locator: "3", text: "第二段讨论区域组织的作用与责任。" },
    ]);
    expect(m.kept.get(1)).toBe("a");
    expect(m.kept.get(2)).toBe("b");
    expect(m.redirects).toHaveLength(1);
    expect(m.redirects[0]).toMatchObject({ fromId: "c", needsReview: true });
  });
  it("scores similarity between 0 and 1", () => {
    expect(similarity("相同的文字", "相同的文字")).toBe(1);
    expect(similarity("完全不同", "毫无关系")).toBe(0);
  });
});
