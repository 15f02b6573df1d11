// Public shapes produced by the document parser (see ./README.md for the locator scheme).
import type { Locale } from "~/db/locales";

export type DocumentKind = "un-report" | "toolkit";

export type UnitKind =
  | "heading"
  | "summary"
  | "paragraph"
  | "subitem"
  | "annex"
  | "annex-subitem"
  | "section"
  | "item";

export interface Citation {
  /** Normalised UN document symbol, e.g. "A/63/677" or "A/72/884-S/2018/525". */
  symbol: string;
  /** The matched source text (symbol plus any paragraph reference). */
  raw: string;
  /** Paragraphs cited, ranges expanded: "43-45" → "43","44","45". */
  paragraphs: string[];
  /** Slug of the library document the symbol points to, when it is one of ours. */
  targetSlug: string | null;
}

export interface ParsedUnit {
  locator: string;
  kind: UnitKind;
  /** Section title path joined with " › ", "" at top level. */
  heading: string;
  /** Clean text; blocks (paragraph breaks inside one unit) are separated by "\n". */
  text: string;
  order: number;
  footnoteRefs: number[];
  citations: Citation[];
}

export interface ParsedFootnote {
  locator: `fn-${number}`;
  number: number;
  text: string;
  citations: Citation[];
}

export interface ParsedDocument {
  units: ParsedUnit[];
  footnotes: ParsedFootnote[];
  warnings: string[];
}

export interface LibraryEntry {
  slug: string;
  symbol: string | null;
}

export interface ParseMeta {
  slug: string;
  kind: DocumentKind;
  /** The language the text is written in (headings and titles differ; locators do not). Default zh. */
  language?: Locale;
  /** Documents citations may resolve to; defaults to the vendored catalogue. */
  library?: LibraryEntry[];
}

/** One physical line of the source after cleaning, with the layout hints we need later. */
export interface Line {
  text: string;
  /** The raw line began with whitespace (page starts, indented first lines). */
  indent: boolean;
  /** The raw line ended with whitespace (the PDF extractor's hint of a line that closes a block). */
  trailing: boolean;
  /** Approximate printed width: CJK counts 1, Latin/digits 0.5. */
  width: number;
  /** A blank (or space-only) line preceded this one; the toolkit's page titles follow text directly. */
  afterBlank: boolean;
  /** Index of the source line (1-based), for warnings. */
  lineNo: number;
}
