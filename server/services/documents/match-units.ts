// Re-import: decide which units of a new version are the same units as before (they keep their id,
// and so every link to them), and where each unit that disappeared went. Pure; see import-document.ts.

export interface KnownUnit {
  id: string;
  locator: string;
  text: string;
}

export interface IncomingUnit {
  locator: string;
  text: string;
}

export interface Redirect {
  fromId: string;
  /** Index into the incoming units of the closest successor, or null when nothing is close. */
  toIndex: number | null;
  similarity: number | null;
  needsReview: boolean;
}

export interface UnitMatch {
  /** Incoming index → id of the known unit it continues. */
  kept: Map<number, string>;
  redirects: Redirect[];
}

/** Same locator and at least this similar: an edit of the same unit. */
const NEAR = 0.75;
/** A different locator needs more: renumbered and lightly edited. */
const MOVED = 0.85;
/** A successor at least this similar takes a retired unit's links without review. */
const SAFE_SUCCESSOR = 0.5;
/** Below this, a successor is no better than a guess: flag it and link nothing. */
const ANY_SUCCESSOR = 0.2;
/** Beyond this many pairwise comparisons the moved-and-edited pass is skipped (a rewrite, not an edit). */
const MAX_PAIRS = 250_000;

function bigrams(text: string): Set<string> {
  const chars = Array.from(text.replace(/\s+/g, ""));
  const out = new Set<string>();
  if (chars.length === 1) out.add(chars[0]!);
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

/** Dice coefficient over character bigrams: 1 for equal texts, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  return diceOf(bigrams(a), bigrams(b));
}

function diceOf(x: Set<string>, y: Set<string>): number {
  if (x.size === 0 && y.size === 0) return 1;
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  for (const g of small) if (large.has(g)) common++;
  return (2 * common) / (x.size + y.size);
}

export function matchUnits(known: KnownUnit[], incoming: IncomingUnit[]): UnitMatch {
  const kept = new Map<number, string>();
  const used = new Set<string>();
  const keep = (index: number, id: string) => {
    kept.set(index, id);
    used.add(id);
  };
  const byLocator = new Map(known.map((k) => [k.locator, k]));

  // 1. Same locator, same text.
  incoming.forEach((u, i) => {
    const k = byLocator.get(u.locator);
    if (k && k.text === u.text) keep(i, k.id);
  });

  // 2. Same text under a new locator (renumbered, moved).
  const byText = new Map<string, KnownUnit[]>();
  for (const k of known) if (!used.has(k.id)) byText.set(k.text, [...(byText.get(k.text) ?? []), k]);
  incoming.forEach((u, i) => {
    if (kept.has(i)) return;
    const k = byText.get(u.text)?.find((c) => !used.has(c.id));
    if (k) keep(i, k.id);
  });

  // 3. Same locator, nearly the same text (a corrected typo, a rejoined line).
  const grams = new Map<string, Set<string>>(known.map((k) => [k.id, bigrams(k.text)]));
  const incomingGrams = incoming.map((u) => bigrams(u.text));
  incoming.forEach((u, i) => {
    if (kept.has(i)) return;
    const k = byLocator.get(u.locator);
    if (k && !used.has(k.id) && diceOf(grams.get(k.id)!, incomingGrams[i]!) >= NEAR) keep(i, k.id);
  });

  // 4. Moved and lightly edited: the most similar pairs first.
  const oldLeft = known.filter((k) => !used.has(k.id));
  const newLeft = incoming.map((_, i) => i).filter((i) => !kept.has(i));
  if (oldLeft.length * newLeft.length <= MAX_PAIRS) {
    const pairs: { id: string; i: number; s: number }[] = [];
    for (const k of oldLeft) {
      for (const i of newLeft) {
        const s = diceOf(grams.get(k.id)!, incomingGrams[i]!);
        if (s >= MOVED) pairs.push({ id: k.id, i, s });
      }
    }
    pairs.sort((a, b) => b.s - a.s);
    for (const p of pairs) if (!used.has(p.id) && !kept.has(p.i)) keep(p.i, p.id);
  }

  // 5. What is left disappeared: point it at its closest successor among all incoming units.
  const redirects: Redirect[] = known
    .filter((k) => !used.has(k.id))
    .map((k) => {
      let best: { i: number; s: number } | null = null;
      incomingGrams.forEach((g, i) => {
        const s = diceOf(grams.get(k.id)!, g);
        if (!best || s > best.s) best = { i, s };
      });
      const found = best as { i: number; s: number } | null;
      if (!found || found.s < ANY_SUCCESSOR) {
        return { fromId: k.id, toIndex: null, similarity: found?.s ?? null, needsReview: true };
      }
      return { fromId: k.id, toIndex: found.i, similarity: found.s, needsReview: found.s < SAFE_SUCCESSOR };
    });
  return { kept, redirects };
}
