// The reader's parts (decision 038): whole sections packed up to the budget, a heavy section cut at
// its sub-headings and then between paragraphs, footnotes with the first part that refers to them.
import { describe, expect, it } from "vitest";
import { footnotePart, partLocators, partPath, splitIntoParts } from "~/components/documents/parts";

const heading = (locator: string) => ({ locator, kind: "heading", text: locator, footnoteRefs: [] as number[] });
const para = (locator: string, chars = 1000, footnoteRefs: number[] = []) => ({ locator, kind: "paragraph", text: "x".repeat(chars), footnoteRefs });

describe("splitIntoParts", () => {
  it("keeps a light document whole", () => {
    const units = [heading("h-1"), para("1"), para("2")];
    expect(splitIntoParts(units)).toEqual([units]);
  });

  it("packs whole sections, never cutting one that fits", () => {
    // Each section weighs 3 × (2 × 1000 + 1400) + 1400 ≈ 11.6 kB; a budget of 30 kB holds two.
    const units = ["h-1", "h-2", "h-3"].flatMap((h) => [heading(h), para(`${h}.1`), para(`${h}.2`), para(`${h}.3`)]);
    const parts = splitIntoParts(units, [], 30_000);
    expect(parts.map((p) => p[0]!.locator)).toEqual(["h-1", "h-3"]);
    expect(parts.flat()).toEqual(units);
  });

  it("cuts a section heavier than the budget at its sub-headings, then between paragraphs", () => {
    const units = [heading("h-1"), heading("1-a"), para("1", 5000), para("2", 5000), heading("1-b"), para("3", 20_000), para("4", 20_000)];
    const parts = splitIntoParts(units, [], 30_000);
    expect(parts.map((p) => p.map((u) => u.locator))).toEqual([["h-1", "1-a", "1", "2"], ["1-b", "3"], ["4"]]);
  });

  it("lists a footnote with the first part that refers to it, and one nobody refers to at the end", () => {
    const units = [heading("h-1"), para("1", 20_000, [1]), heading("h-2"), para("2", 20_000, [1, 2])];
    const footnotes = [1, 2, 3].map((n) => ({ locator: `fn-${n}`, number: n, text: "note" }));
    const parts = splitIntoParts(units, footnotes, 45_000);
    expect(parts).toHaveLength(2);
    expect([...footnotePart(parts, footnotes)]).toEqual([[1, 0], [2, 1], [3, 1]]);
    expect(partLocators(parts, footnotes)).toEqual([["h-1", "1", "fn-1"], ["h-2", "2", "fn-2", "fn-3"]]);
  });

  it("names part 1 by the document's own path", () => {
    expect(partPath("a-63-677", 0)).toBe("/documents/a-63-677");
    expect(partPath("a-63-677", 2)).toBe("/documents/a-63-677/part/3");
  });
});
