// Document parser entry point: raw PDF-extracted text in, addressable units and footnotes out.
// Pure: no I/O, no database. Locator scheme: see ./README.md.

import { detectCitations } from "./citations";
import { cleanLines, normaliseText } from "./clean";
import { splitFootnotes } from "./footnotes";
import { detectLayout } from "./join-lines";
import { extractMarkers, markFootnoteRefs } from "./markers";
import { parseReportStructure, type DraftUnit } from "./structure";
import { parseToolkit } from "./toolkit";
import type { LibraryEntry, ParseMeta, ParsedDocument, ParsedFootnote, ParsedUnit } from "./types";
import { LIBRARY } from "./library";

export type * from "./types";
export { detectCitations } from "./citations";
export { normaliseText } from "./clean";

export function parseDocument(raw: string, meta: ParseMeta): ParsedDocument {
  const library: LibraryEntry[] = meta.library ?? LIBRARY;
  const warnings: string[] = [];
  const lines = cleanLines(raw);
  const layout = detectLayout(lines, raw);

  const split = splitFootnotes(lines, layout.spacedDigits);
  warnings.push(...split.warnings);
  const marked = markFootnoteRefs(split.body, split.footnotes.length);
  warnings.push(...marked.warnings);

  const drafts: DraftUnit[] =
    meta.kind === "toolkit"
      ? parseToolkit(marked.body, layout, warnings)
      : parseReportStructure(marked.body, layout, warnings, meta.language);

  const units: ParsedUnit[] = drafts.map((d, order) => {
    const { text, refs } = extractMarkers(d.text);
    const clean = tidy(text);
    return {
      locator: d.locator,
      kind: d.kind,
      heading: tidy(d.heading),
      text: clean,
      order,
      footnoteRefs: refs,
      citations: detectCitations(clean, library),
    };
  });
  checkLocators(units, warnings);

  const footnotes: ParsedFootnote[] = split.footnotes.map((f) => {
    const text = tidy(f.text);
    return { locator: `fn-${f.number}`, number: f.number, text, citations: detectCitations(text, library) };
  });
  return { units, footnotes, warnings };
}

/** Final clean-up of unit text: single spaces, no space-only blocks, no leftover glyph debris. */
function tidy(s: string): string {
  return normaliseText(s)
    .split("\n")
    .map((b) => b.replace(/[ \t]+/g, " ").trim())
    .filter((b) => b !== "")
    .join("\n");
}

function checkLocators(units: ParsedUnit[], warnings: string[]) {
  const seen = new Set<string>();
  for (const u of units) {
    if (seen.has(u.locator)) warnings.push(`duplicate locator ${u.locator}`);
    seen.add(u.locator);
    if (u.text === "") warnings.push(`empty unit ${u.locator}`);
  }
}
