// How the reader splits a document into pages of its own (decision 038): whole top-level sections,
// consecutive ones packed together up to a weight budget, a section heavier than the budget cut at its
// sub-headings, then between paragraphs. Pure: the same units always give the same parts, so the pages,
// their table of contents and the locator → part map the reader's redirect uses always agree.
import { headingLevel } from "./headings";

export interface PartUnit {
  locator: string;
  kind: string;
  text: string;
  footnoteRefs: number[];
  citedBy?: unknown[];
  measures?: unknown[];
  citations?: unknown[];
}

export interface PartFootnote {
  locator: string;
  number: number;
  text: string;
}

/**
 * What a unit costs on the page, in bytes of HTML and RSC payload together: its text twice (HTML and
 * payload), ~1.4 kB of markup, labels and island props per paragraph, ~1 kB per link that cites it or
 * that it makes (in French, Russian, Spanish and Arabic a measure's title not yet translated carries a
 * language badge). Fitted on the seeded reports in Russian, the heaviest language (BENCHMARKS.md,
 * "Issue 12, third pass"); the parts are the same in every language, so they must fit the heaviest.
 */
const utf8 = new TextEncoder();

function weight(u: { text: string; citedBy?: unknown[]; measures?: unknown[]; citations?: unknown[] }) {
  const links = (u.citedBy?.length ?? 0) + (u.measures?.length ?? 0) + (u.citations?.length ?? 0);
  return 2 * utf8.encode(u.text).length + 1400 + 1000 * links;
}

/** Content per page, in the units of `weight`: leaves room under the 150 KB budget for the layout
 *  (~52 kB), the full table of contents and the locator map. */
export const PART_BUDGET = 55_000;

/** Greedy packing of consecutive groups into bins of at most `budget` (a heavier group gets a bin alone). */
function pack<T>(groups: T[][], cost: (t: T) => number, budget: number): T[][] {
  const bins: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const g of groups) {
    const w = g.reduce((s, t) => s + cost(t), 0);
    if (current.length > 0 && used + w > budget) {
      bins.push(current);
      current = [];
      used = 0;
    }
    current.push(...g);
    used += w;
  }
  if (current.length > 0) bins.push(current);
  return bins;
}

/** Cuts `units` before every unit for which `starts` holds (the first group may not start with one). */
function cutAt<T>(units: T[], starts: (t: T) => boolean): T[][] {
  const groups: T[][] = [];
  for (const u of units) {
    if (groups.length === 0 || starts(u)) groups.push([]);
    groups[groups.length - 1]!.push(u);
  }
  return groups;
}

/**
 * The document's parts, each a run of consecutive units. `footnotes` are charged to the first part
 * whose units refer to them (where the reader lists them); the budget is in `weight` units.
 */
export function splitIntoParts<U extends PartUnit>(units: U[], footnotes: PartFootnote[] = [], budget = PART_BUDGET): U[][] {
  const fnWeight = new Map(footnotes.map((f) => [f.number, weight(f)]));
  const seen = new Set<number>();
  const cost = (u: U) => {
    let w = weight(u);
    for (const n of u.footnoteRefs) if (!seen.has(n)) w += fnWeight.get(n) ?? 0;
    return w;
  };
  // Costs are computed once, in document order, so a footnote counts where it is first referred to.
  const costs = new Map<U, number>();
  for (const u of units) {
    costs.set(u, cost(u));
    for (const n of u.footnoteRefs) seen.add(n);
  }
  const costOf = (u: U) => costs.get(u) ?? 0;
  const sections = cutAt(units, (u) => headingLevel(u.kind, u.locator) === 2);
  const groups = sections.flatMap((s) => {
    if (s.reduce((sum, u) => sum + costOf(u), 0) <= budget) return [s];
    // Too heavy alone: by sub-section, and a sub-section still too heavy, paragraph by paragraph.
    // (A title stays with the paragraph after it.)
    return cutAt(s, (u) => headingLevel(u.kind, u.locator) === 3).flatMap((sub) =>
      sub.reduce((sum, u) => sum + costOf(u), 0) <= budget
        ? [sub]
        : sub.reduce<U[][]>((groups, u, i) => {
            if (i > 0 && headingLevel(sub[i - 1]!.kind, sub[i - 1]!.locator) !== null) groups.at(-1)!.push(u);
            else groups.push([u]);
            return groups;
          }, []),
    );
  });
  return pack(groups, costOf, budget);
}

/** Where each part's paragraphs and footnotes live: `map[i]` lists the locators on part i + 1. */
export function partLocators(parts: PartUnit[][], footnotes: PartFootnote[]): string[][] {
  const fnPart = footnotePart(parts, footnotes);
  return parts.map((p, i) => [
    ...p.map((u) => u.locator),
    ...footnotes.filter((f) => fnPart.get(f.number) === i).map((f) => f.locator),
  ]);
}

/** Which part (0-based) lists each footnote: the first that refers to it, else the last. */
export function footnotePart(parts: PartUnit[][], footnotes: PartFootnote[]): Map<number, number> {
  const at = new Map<number, number>();
  parts.forEach((p, i) => {
    for (const u of p) for (const n of u.footnoteRefs) if (!at.has(n)) at.set(n, i);
  });
  for (const f of footnotes) if (!at.has(f.number)) at.set(f.number, parts.length - 1);
  return at;
}

/** The reader's path of part `index` (0-based), without the locale: part 1 is the document's own page. */
export function partPath(slug: string, index: number) {
  return index === 0 ? `/documents/${slug}` : `/documents/${slug}/part/${index + 1}`;
}
