// What a parsed document becomes in the database: one row per unit, footnotes after the body.
import { createHash } from "node:crypto";
import type { LocalizedText } from "~/db/localized-text";
import type { Citation, ParsedDocument } from "~/server/ingest";
import { searchTokens } from "~/server/search/tokenize";
import type { documentKindEnum, unitKindEnum } from "~/db/schema";

export interface DocumentMeta {
  slug: string;
  symbol: string | null;
  title: LocalizedText;
  year: number;
  language: string;
  kind: (typeof documentKindEnum.enumValues)[number];
}

export interface UnitRow {
  locator: string;
  kind: (typeof unitKindEnum.enumValues)[number];
  heading: string;
  text: string;
  position: number;
  footnoteNumber: number | null;
  footnoteRefs: number[];
  searchTokens: string;
  citations: Citation[];
}

export function unitRows(parsed: ParsedDocument): UnitRow[] {
  const body = parsed.units.map((u) => ({
    locator: u.locator,
    kind: u.kind,
    heading: u.heading,
    text: u.text,
    footnoteNumber: null,
    footnoteRefs: u.footnoteRefs,
    citations: u.citations,
  }));
  const notes = parsed.footnotes.map((f) => ({
    locator: f.locator as string,
    kind: "footnote" as const,
    heading: "",
    text: f.text,
    footnoteNumber: f.number,
    footnoteRefs: [],
    citations: f.citations,
  }));
  return [...body, ...notes].map((r, position) => ({ ...r, position, searchTokens: searchTokens(r.text) }));
}

export const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

/** Changes when anything stored would change: metadata, units, their order or text. */
export function contentHash(meta: DocumentMeta, rows: UnitRow[]): string {
  return sha256(
    JSON.stringify({
      meta,
      rows: rows.map((r) => [r.locator, r.kind, r.heading, r.text, r.footnoteNumber, r.footnoteRefs, r.citations]),
    }),
  );
}

/** Counts shown in lists and previews. */
export function countRows(rows: { kind: UnitRow["kind"] }[]) {
  const count = (...kinds: UnitRow["kind"][]) => rows.filter((r) => kinds.includes(r.kind)).length;
  return {
    units: rows.length - count("footnote"),
    paragraphs: count("paragraph", "section", "item"),
    subitems: count("subitem", "annex-subitem"),
    annex: count("annex"),
    headings: count("heading"),
    footnotes: count("footnote"),
  };
}
