// Finds footnote markers in body lines. A number is a marker only if it is the next footnote number in
// sequence and sits where markers sit (glued to the preceding word or alone on a line), never "第 4 段".

import type { Line } from "./types";
import { superscriptToNumber } from "./footnotes";

/** Markers are replaced by this sentinel so they survive line joining; units extract them at the end. */
export const markerSentinel = (n: number) => `\u0001${n}\u0002`;
export const SENTINEL_RE = /\s*\u0001(\d+)\u0002\s*/g;

// Counter words and units that follow a real number ("20 年", "16 个", "72%").
const UNIT_AFTER = /^\s*[年月日个%％名起人项次岁万亿届段条号倍家份页卷位架所]/;
const THOUSANDS_AFTER = /^ \d{3}(?!\d)/; // "1 637 起" is one number, not marker 1

export interface MarkerResult {
  body: Line[];
  found: number;
  warnings: string[];
}

export function markFootnoteRefs(lines: Line[], footnoteCount: number): MarkerResult {
  const body: Line[] = [];
  const warnings: string[] = [];
  let next = 1;
  for (const line of lines) {
    if (next > footnoteCount) {
      body.push(line);
      continue;
    }
    // A02 layout: the marker is a line of its own, between the two halves of a sentence.
    if (/^\d{1,3}$/.test(line.text) && Number(line.text) === next) {
      const prev = body.at(-1);
      if (prev) body[body.length - 1] = { ...prev, text: prev.text + markerSentinel(next) };
      next++;
      continue;
    }
    let text = line.text;
    // Superscript markers (A/65/877, A/72/884).
    text = text.replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]+/g, (m) => {
      const n = superscriptToNumber(m);
      if (n !== next) return m;
      next++;
      return markerSentinel(n);
    });
    // Inline ASCII markers (sg-2025): "成果》1 第 138 段", "雇佣军18  和".
    let from = 0;
    for (;;) {
      const found = findInline(text, next, from);
      if (found === null) break;
      const marker = markerSentinel(next);
      text = text.slice(0, found) + marker + text.slice(found + String(next).length);
      from = found + marker.length;
      next++;
      if (next > footnoteCount) break;
    }
    body.push(text === line.text ? line : { ...line, text });
  }
  const found = next - 1;
  if (found < footnoteCount) {
    warnings.push(`found markers for footnotes 1–${found} of ${footnoteCount}; marker ${next} not found`);
  }
  return { body, found, warnings };
}

function findInline(text: string, n: number, from: number): number | null {
  const needle = String(n);
  let i = text.indexOf(needle, from);
  while (i !== -1) {
    const before = text[i - 1];
    const after = text.slice(i + needle.length);
    const glued = before !== undefined && !/[\s\dA-Za-z/.\-(（第_]/.test(before);
    const ends = after === "" || /^\s/.test(after);
    if (glued && ends && !UNIT_AFTER.test(after) && !THOUSANDS_AFTER.test(after)) return i;
    i = text.indexOf(needle, i + 1);
  }
  return null;
}

/** Pull markers out of finished text: returns the clean text and the footnote numbers in order. */
export function extractMarkers(text: string): { text: string; refs: number[] } {
  const refs: number[] = [];
  const clean = text.replace(SENTINEL_RE, (m, n: string, offset: number, whole: string) => {
    refs.push(Number(n));
    const before = whole[offset - 1] ?? "";
    const after = whole[offset + m.length] ?? "";
    // Keep one space only between two Latin/digit tokens ("Kreutz,¹ and").
    const latin = /[A-Za-z0-9,.;:)]/;
    return latin.test(before) && /[A-Za-z0-9(]/.test(after) && /\s/.test(m) ? " " : "";
  });
  return { text: clean, refs };
}
