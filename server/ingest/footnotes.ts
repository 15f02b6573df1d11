// Separates footnote blocks from body text. Footnotes are numbered 1, 2, 3… through a document, so the
// next expected number is what tells a footnote entry from a number that happens to start a line.

import { PAGE_BREAK, isUrlLine } from "./clean";
import { joinFragments } from "./join-lines";
import type { Line } from "./types";

export interface RawFootnote {
  number: number;
  text: string;
}

export interface FootnoteSplit {
  body: Line[];
  footnotes: RawFootnote[];
  warnings: string[];
}

const SEPARATOR = /^_{5,}$/;
const NUMBER_ONLY = /^(\d{1,3})$/;
const ENTRY = /^(\d{1,3})\s+(\S.*)$/;
const SUPERSCRIPT_ENTRY = /^([¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*(.*)$/;
const UNNUMBERED_NOTE = /^\*\s+\S/; // "* 由于提交文件单位…" — a starred note on the cover page

export function superscriptToNumber(s: string): number {
  const map: Record<string, string> = {
    "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9",
  };
  return Number([...s].map((c) => map[c] ?? "").join(""));
}

/**
 * Two layouts occur:
 * - a "____" separator followed by entries, either "N" on its own line then " text" (A/63/677) or
 *   " N text" (sg-2025), then sometimes a dump of URLs and local file paths;
 * - one line per footnote starting with superscript digits (A/65/877, A/72/884).
 * The block ends at a page break, after the URL dump, or when an indented line follows footnote text:
 * the extractor indents the first line of each page, so that is the body resuming.
 */
export function splitFootnotes(lines: Line[], spacedDigits: boolean): FootnoteSplit {
  const body: Line[] = [];
  const footnotes: RawFootnote[] = [];
  const warnings: string[] = [];
  let inBlock = false;
  let last: "sep" | "num" | "text" | "url" = "sep";
  const expected = () => footnotes.length + 1;
  const start = (n: number, text: string) => footnotes.push({ number: n, text });

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const t = line.text;
    if (UNNUMBERED_NOTE.test(t)) {
      warnings.push(`line ${line.lineNo}: dropped unnumbered note "${t.slice(0, 30)}…"`);
      continue;
    }
    const sup = SUPERSCRIPT_ENTRY.exec(t);
    if (sup?.[1] && superscriptToNumber(sup[1]) === expected()) {
      start(expected(), sup[2] ?? "");
      continue;
    }
    if (!inBlock) {
      if (SEPARATOR.test(t)) {
        inBlock = true;
        last = "sep";
      } else if (isUrlLine(t)) {
        warnings.push(`line ${line.lineNo}: dropped stray URL`);
      } else body.push(line);
      continue;
    }
    // Inside a footnote block.
    if (t === PAGE_BREAK) {
      inBlock = false;
      body.push(line);
      continue;
    }
    if (isUrlLine(t)) {
      // A URL wrapped inside footnote text is followed by more of that text (an unindented line);
      // a URL dump is followed by the body (indented), a page break or another URL.
      const after = lines[i + 1];
      const insideText = last === "text" && after && !after.indent && after.text !== PAGE_BREAK && !isUrlLine(after.text);
      const fn = footnotes.at(-1);
      if (insideText && fn) fn.text = joinFragments(fn.text, t, spacedDigits);
      else last = "url";
      continue;
    }
    const numOnly = NUMBER_ONLY.exec(t);
    if (numOnly && Number(numOnly[1]) === expected()) {
      start(expected(), "");
      last = "num";
      continue;
    }
    const entry = ENTRY.exec(t);
    if (entry && line.indent && Number(entry[1]) === expected() && last !== "num") {
      start(expected(), entry[2] ?? "");
      last = "text";
      continue;
    }
    const current = footnotes.at(-1);
    const resumes = last === "url" || (line.indent && last === "text") || SEPARATOR.test(t);
    if (resumes || current === undefined) {
      if (SEPARATOR.test(t)) continue;
      inBlock = false;
      body.push({ ...line, indent: true });
      continue;
    }
    current.text = joinFragments(current.text, t, spacedDigits);
    last = "text";
  }
  return { body, footnotes, warnings };
}
