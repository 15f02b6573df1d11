// A short excerpt around the first match, with the match positions, so the page can wrap them in
// <mark> itself (no HTML from the server, ever).

export interface Snippet {
  text: string;
  /** [start, end) offsets into `text`, sorted and non-overlapping. */
  matches: [number, number][];
}

const BEFORE = 40;
const LENGTH = 160;

/** Where the highlight terms occur in `text` (case-insensitive; Latin words match as prefixes). */
export function findMatches(text: string, terms: string[]): [number, number][] {
  const lower = text.toLowerCase();
  const found: [number, number][] = [];
  for (const term of terms) {
    if (!term) continue;
    let from = 0;
    for (;;) {
      const at = lower.indexOf(term, from);
      if (at < 0) break;
      let end = at + term.length;
      // Extend a Latin word to its end, so "warn" marks "warnings" whole.
      if (/[a-z0-9]$/.test(term)) while (end < lower.length && /[a-z0-9]/.test(lower[end]!)) end++;
      found.push([at, end]);
      from = end;
    }
  }
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const m of found) {
    const last = merged[merged.length - 1];
    if (last && m[0] < last[1]) last[1] = Math.max(last[1], m[1]);
    else merged.push([m[0], m[1]]);
  }
  return merged;
}

export function makeSnippet(text: string, terms: string[]): Snippet {
  const flat = text.replace(/\s*\n\s*/g, " ");
  const all = findMatches(flat, terms);
  // Centre on the best term that occurs (terms come longest first: the whole phrase beats its words).
  const lower = flat.toLowerCase();
  const best = terms.map((t) => (t ? lower.indexOf(t) : -1)).find((at) => at >= 0);
  const first = best ?? all[0]?.[0] ?? 0;
  let start = Math.max(0, first - BEFORE);
  let end = Math.min(flat.length, start + LENGTH);
  start = Math.max(0, Math.min(start, end - LENGTH));
  // Never cut a surrogate pair in half.
  if (/[\uDC00-\uDFFF]/.test(flat[start] ?? "")) start++;
  if (/[\uD800-\uDBFF]/.test(flat[end - 1] ?? "")) end--;
  const prefix = start > 0 ? "…" : "";
  const suffix = end < flat.length ? "…" : "";
  const shift = prefix.length - start;
  const matches = all
    .filter(([a, b]) => a >= start && b <= end)
    .map(([a, b]) => [a + shift, b + shift] as [number, number]);
  return { text: prefix + flat.slice(start, end) + suffix, matches };
}
