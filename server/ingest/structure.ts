// Recognises the structure of a UN report: summary, section headings (一. / A.), numbered paragraphs,
// sub-items and annexes. Paragraph numbers must run in sequence, which is what keeps quoted paragraphs
// ("“138. …") and numbers that merely start a line from being taken for paragraphs.

import { PAGE_BREAK } from "./clean";
import { closesBlock, endsWithTerminal, joinFragments, type Layout } from "./join-lines";
import { splitSubitems, type Block } from "./subitems";
import { chineseNumeral, normaliseDigits, reportVocabulary, type ReportVocabulary } from "./report-vocabulary";
import type { Line, UnitKind } from "./types";
import type { Locale } from "~/db/locales";

export interface DraftUnit {
  locator: string;
  kind: UnitKind;
  heading: string;
  /** Text still carrying footnote-marker sentinels. */
  text: string;
}

const SUBITEM = /^\([a-z]\)\s/;
const SEP = " › ";

export { chineseNumeral };

const isShortTitle = (l: Line) => l.width <= 40 && !endsWithTerminal(l.text);

interface OpenUnit {
  locator: string;
  kind: "summary" | "paragraph" | "annex";
  heading: string;
  blocks: Block[];
  open: boolean;
}

export function parseReportStructure(lines: Line[], layout: Layout, warnings: string[], language?: Locale): DraftUnit[] {
  const vocabulary = reportVocabulary(language);
  const { sectionHeading, letterHeading, summary, annex: annexTitleLine, paragraph, pillar } = vocabulary;
  const out: DraftUnit[] = [];
  let mode: "front" | "body" | "annex" = "front";
  let section: { label: string; title: string } | null = null;
  let subsection: { label: string; title: string } | null = null;
  let annexTitle = "";
  let annexCount = 0;
  let nextSection = 1;
  let nextPara = 1;
  let unit: OpenUnit | null = null;

  const path = () =>
    mode === "annex"
      ? annexTitle
      : [section?.title, subsection?.title].filter((t): t is string => !!t).join(SEP);

  const flush = () => {
    if (unit) out.push(...finishUnit(unit));
    unit = null;
  };

  // A heading's title may continue on the next line: a wrapped long title, or a subtitle ("二. 第一支柱" /
  // "国家的保护责任"). Returns the title and how many lines it used.
  const readTitle = (first: string, i: number, wrapFrom: number): [string, number] => {
    let title = first;
    let used = 0;
    for (let j = i + 1; j < lines.length && used < 2; j++) {
      const l = lines[j];
      if (!l || l.text === PAGE_BREAK) continue;
      if (!isShortTitle(l) || l.width > 24 || startsStructure(l.text, vocabulary)) break;
      const wrapped = lines[i] !== undefined && (lines[i]?.width ?? 0) >= wrapFrom && used === 0;
      title = wrapped ? joinFragments(title, l.text, layout.spacedDigits) : `${title} ${l.text}`;
      used = j - i;
      if (wrapped) break;
    }
    return [title, used];
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line || line.text === PAGE_BREAK) continue;
    // Arabic-Indic paragraph numbers count like Western ones; the text itself keeps its own digits.
    const t = normaliseLeadingNumber(line.text);

    if (mode === "front" && summary.test(t) && !unit) {
      unit = { locator: "summary", kind: "summary", heading: "", blocks: [], open: false };
      continue;
    }
    const roman = sectionHeading.exec(t);
    if (roman?.[1] && vocabulary.sectionNumber(roman[1]) === nextSection && isShortTitle(line)) {
      flush();
      mode = "body";
      const [title, used] = readTitle(`${roman[1]}. ${(roman[2] ?? "").replace(/\s+/g, " ")}`, i, 28);
      i += used;
      section = { label: String(nextSection), title };
      subsection = null;
      out.push({ locator: `h-${nextSection}`, kind: "heading", heading: "", text: title });
      nextSection++;
      continue;
    }
    const letter = letterHeading.exec(t);
    const latin = letter?.[1] ? vocabulary.latinLetter(letter[1]) : null;
    if (letter && latin && mode === "body" && section && isShortTitle(line) && expectedLetter(subsection) === latin) {
      flush();
      const [title, used] = readTitle(`${letter[1]}. ${letter[2] ?? ""}`, i, 28);
      i += used;
      subsection = { label: latin, title };
      out.push({ locator: `h-${section.label}-${latin}`, kind: "heading", heading: section.title, text: title });
      continue;
    }
    const annex = annexTitleLine.exec(t);
    if (annex && mode !== "front") {
      flush();
      mode = "annex";
      annexCount++;
      const [title, used] = readTitle(t, i, 99);
      i += used;
      annexTitle = title;
      nextPara = 1;
      out.push({ locator: annexCount === 1 ? "h-annex" : `h-annex-${annexCount}`, kind: "heading", heading: "", text: title });
      continue;
    }
    const para = paragraph.exec(t);
    if (para?.[1] && Number(para[1]) === nextPara && (mode !== "front" || nextPara === 1)) {
      flush();
      if (mode === "front") mode = "body";
      const prefix = mode === "annex" ? `annex-${annexCount > 1 ? `${annexCount}-` : ""}` : "";
      unit = {
        locator: `${prefix}${nextPara}`,
        kind: mode === "annex" ? "annex" : "paragraph",
        heading: path(),
        blocks: [],
        open: false,
      };
      nextPara++;
      addLine(unit, { ...line, text: para[2] ?? "" }, layout, true);
      continue;
    }
    if (!unit) {
      if (mode !== "front") warnings.push(`line ${line.lineNo}: text outside any paragraph: "${t.slice(0, 20)}…"`);
      continue;
    }
    const open: OpenUnit = unit;
    if (pillar?.test(t) && open.kind !== "summary") {
      const [title, used] = readTitle(t, i, 99);
      i += used;
      open.blocks.push({ text: title, minorHeading: true });
      open.open = false;
      continue;
    }
    addLine(open, line, layout, SUBITEM.test(t) || vocabulary.quotedParagraph.test(t));
  }
  flush();
  return out;
}

function expectedLetter(sub: { label: string } | null): string {
  return sub ? String.fromCharCode(sub.label.charCodeAt(0) + 1) : "A";
}

function startsStructure(t: string, v: ReportVocabulary): boolean {
  return [v.paragraph, SUBITEM, v.sectionHeading, v.letterHeading, v.quotedParagraph, v.annex, v.pillar].some((re) => re?.test(t));
}

/** A line's leading number in Western digits ("١٢ - …" → "12 - …"). */
function normaliseLeadingNumber(text: string): string {
  return text.replace(/^[\u0660-\u0669\u06f0-\u06f9]{1,3}/, normaliseDigits);
}

function addLine(unit: OpenUnit, line: Line, layout: Layout, forceNewBlock: boolean) {
  const last = unit.blocks.at(-1);
  if (forceNewBlock || !unit.open || !last || last.minorHeading) {
    unit.blocks.push({ text: line.text });
  } else {
    last.text = joinFragments(last.text, line.text, layout.spacedDigits);
  }
  unit.open = !closesBlock(line, layout);
}

function finishUnit(unit: OpenUnit): DraftUnit[] {
  if (unit.kind === "summary") {
    return [{ locator: "summary", kind: "summary", heading: "", text: unit.blocks.map((b) => b.text).join("\n") }];
  }
  const parts = splitSubitems(unit.blocks);
  const itemKind: UnitKind = unit.kind === "annex" ? "annex-subitem" : "subitem";
  let heading = unit.heading;
  return parts.map((p) => {
    if (p.kind === "parent") return { locator: unit.locator, kind: unit.kind, heading, text: p.text };
    if (p.kind === "minor-heading") {
      const h: DraftUnit = { locator: `h-${unit.locator}-${p.label}`, kind: "heading", heading: unit.heading, text: p.text };
      heading = unit.heading ? `${unit.heading} › ${p.text}` : p.text;
      return h;
    }
    return { locator: `${unit.locator}(${p.label})`, kind: itemKind, heading, text: p.text };
  });
}
