// Joining physical lines into running text: Chinese joins without a space, Latin words keep one.

import type { Line } from "./types";

// Characters that can close a block (sentence or list-item end) in these documents.
const TERMINAL = /[。！？；：”」』!?;:.]$/;
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’《》（）、，。：；！？]/;
const CJK_CHAR = /[\u2e80-\u9fff\uf900-\ufaff]/;

export function endsWithTerminal(text: string): boolean {
  return TERMINAL.test(text.replace(/\u0001\d+\u0002$/, "").trimEnd());
}

/**
 * Join two fragments of one sentence. `spacedDigits` says whether the document writes "在 1994 年"
 * (UN style) rather than "在1994年", so a number split from its counter word keeps the house style.
 */
export function joinFragments(a: string, b: string, spacedDigits: boolean): string {
  if (a === "") return b;
  if (b === "") return a;
  const last = lastVisible(a);
  const first = b[0] ?? "";
  // URLs, symbols and hyphenated words broken at "/" or "-" were one token.
  if (/[/\-–]$/.test(a)) return a + b;
  // A URL wrapped mid-token ("…to%20Protect%" / "20(R2P)…") continues without a space.
  if (/(?:https?:\/\/|www\.)\S*$/.test(a) && /^[\w%#&=?~.()]/.test(b)) return a + b;
  const lastCjk = CJK.test(last);
  const firstCjk = CJK.test(first);
  if (lastCjk && firstCjk) return a + b;
  const digitBoundary =
    (/[A-Za-z0-9]/.test(last) && CJK_CHAR.test(first)) || (CJK_CHAR.test(last) && /[A-Za-z0-9]/.test(first));
  if (digitBoundary) return spacedDigits ? `${a} ${b}` : a + b;
  if (lastCjk || firstCjk) return a + b;
  return `${a} ${b}`;
}

function lastVisible(s: string): string {
  const t = s.replace(/\u0001\d+\u0002/g, "");
  return t.at(-1) ?? "";
}

/** Does this document put spaces between digits and Chinese characters? */
export function usesSpacedDigits(raw: string): boolean {
  const spaced = raw.match(/[\u4e00-\u9fff] \d|\d [\u4e00-\u9fff]/g)?.length ?? 0;
  const tight = raw.match(/[\u4e00-\u9fff]\d|\d[\u4e00-\u9fff]/g)?.length ?? 0;
  return spaced > tight;
}

export interface Layout {
  /** One paragraph per physical line (a-65-877, a-72-884) versus wrapped lines. */
  flowed: boolean;
  /** Typical full line width, to recognise short (closing) lines in wrapped layout. */
  lineWidth: number;
  spacedDigits: boolean;
}

export function detectLayout(lines: Line[], raw: string): Layout {
  const widths = lines.map((l) => l.width).sort((x, y) => x - y);
  const pick = (q: number) => widths[Math.min(widths.length - 1, Math.floor(widths.length * q))] ?? 0;
  const median = pick(0.5);
  // Without the extractor's trailing-space hints (hand-pasted text), treat every line as a block.
  const hinted = lines.filter((l) => l.trailing).length >= lines.length * 0.05;
  return { flowed: median > 60 || !hinted, lineWidth: pick(0.9), spacedDigits: usesSpacedDigits(raw) };
}

/**
 * Does `line` close its block? Wrapped layout: the extractor leaves a trailing space on the last line of a
 * block, so a terminal mark plus trailing space, or a clearly short line with trailing space, closes it.
 * Flowed layout: every line is a block unless it stops mid-sentence (a page or footnote split it).
 */
export function closesBlock(line: Line, layout: Layout): boolean {
  const terminal = endsWithTerminal(line.text);
  if (layout.flowed) return terminal;
  if (!line.trailing) return false;
  return terminal || line.width < layout.lineWidth * 0.8;
}
