// Character- and line-level clean-up of PDF-extracted text: glyph debris, markdown residue and page furniture.

import type { Line } from "./types";

/** Text of the synthetic line that stands in for removed page furniture (headers/footers). */
export const PAGE_BREAK = "\f";

// U+F000–U+F8FF are Symbol/Wingdings glyphs the extractor left behind; at line start they were bullets.
const PRIVATE_USE = /[\uF000-\uF8FF]/g;
const LEADING_PRIVATE_USE = /^(\s*)[\uF000-\uF8FF]+\s*/;

/** Normalise a string for storage or comparison: NFC, no private-use glyphs, no markdown residue. */
export function normaliseText(s: string): string {
  return stripMarkdown(s.normalize("NFC").replace(/\r\n?/g, "\n").replace(PRIVATE_USE, ""));
}

/** `[A/63/677](#)` → `A/63/677`; `*Journal*` → `Journal`; `** 注：` → `注：`. */
export function stripMarkdown(s: string): string {
  return s
    .replace(/\[([^\]\n]+)\]\([^)\n]*\)/g, "$1")
    .replace(/^(\s*)\*\*\s*/gm, "$1")
    .replace(/(^|[^*\w])\*([^*\n]+?)\*(?!\w)/g, "$1$2");
}

const JOB_NUMBER = /\b\d{2}-\d{5}\s*\(C\)/; // "09-20609 (C)", also with page number glued on
const BARCODE = /^\*\d{5,}\*$/; // "*0920609*"
const SYMBOL_ALONE = /^(?:A|S|E)\/[A-Z0-9./-]+$/; // running header: the document symbol on its own line
// Whole-line URLs: the extractor dumps a page's link targets after its footnotes. A "www." line that runs
// on into Chinese is a sentence that starts with an address, not a dump.
const RUNNING_FOOTER = /^\S.{0,30}?\s{2,}\|\s*\d{1,3}$/; // "保护责任国际联合会          | 49"
const URL_LINE = /^(?:(?:https?:\/\/|file:\/\/\/?)\S*|www\.[\x21-\x7e]*)$/i;

export function isUrlLine(text: string): boolean {
  return URL_LINE.test(text.trim());
}

/** Page headers/footers repeated on every page; never content. */
export function isPageFurniture(text: string): boolean {
  const t = text.trim();
  if (t === "") return false;
  if (BARCODE.test(t) || SYMBOL_ALONE.test(t) || RUNNING_FOOTER.test(t)) return true;
  return JOB_NUMBER.test(t) && t.length < 50;
}

/** Printed width, so "short line" tests work for both CJK and Latin text. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += ch.charCodeAt(0) < 0x2e80 ? 0.5 : 1;
  return w;
}

/**
 * Split raw text into cleaned lines. Blank and space-only lines are dropped (in these extractions blank
 * lines alternate with every text line, so they carry no structure); each run of page furniture becomes
 * one PAGE_BREAK line so later stages know a page ended there.
 */
export function cleanLines(raw: string): Line[] {
  const src = raw.normalize("NFC").replace(/\r\n?/g, "\n").split("\n");
  const out: Line[] = [];
  let blank = true;
  src.forEach((rawLine, i) => {
    // Form feeds and other control debris become spaces.
    let line = rawLine.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u00a0\u3000]/g, " ");
    // A private-use glyph at line start was a bullet; elsewhere it is noise.
    // …except before a lettered sub-item, which carries its own label.
    line = line
      .replace(LEADING_PRIVATE_USE, (_m, sp: string, at: number, whole: string) =>
        /^\s*\(/.test(whole.slice(at + _m.length)) ? sp : `${sp}• `,
      )
      .replace(PRIVATE_USE, "");
    line = stripMarkdown(line);
    const text = line.trim();
    const afterBlank = blank;
    blank = text === "" || text === "•";
    if (blank) return;
    if (isPageFurniture(text)) {
      if (out.at(-1)?.text !== PAGE_BREAK) out.push(pageBreak(i + 1));
      return;
    }
    out.push({
      text,
      indent: /^\s/.test(line),
      trailing: /\s$/.test(line),
      width: displayWidth(text),
      afterBlank,
      lineNo: i + 1,
    });
  });
  return out;
}

function pageBreak(lineNo: number): Line {
  return { text: PAGE_BREAK, indent: false, trailing: true, width: 0, afterBlank: true, lineNo };
}
