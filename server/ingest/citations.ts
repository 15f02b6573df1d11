// Detects citations of UN documents ("A/63/677", "A/72/884-S/2018/525", "S/RES/1674(2006)") and the
// paragraphs they cite ("第 17、27、37、43-45、47 和 59 段"), and resolves them against the library.

import type { Citation, LibraryEntry } from "./types";

// Body organs that open a UN symbol; the rest is "/"-separated segments (A/HRC/RES/44/14, E/CN.4/1994/7/Add.1).
const ORGAN = "(?:A|S|E|SG|ST|CCPR|CERD|CEDAW|CRC|CAT|UNEP|TD|DP)";
const SEGMENT = "[A-Za-z0-9.\\-]*[A-Za-z0-9](?:\\(\\d{4}\\))?";
const SINGLE = `${ORGAN}(?:/${SEGMENT})+`;
const SYMBOL = new RegExp(`(?<![A-Za-z0-9/])(${SINGLE}(?:-(?:A|S)/${SEGMENT}(?:/${SEGMENT})*)?)`, "g");

// "，第 17、27、37、43-45、47 和 59 段" right after the symbol (optionally inside the same parentheses).
const PARA_LIST = "第\\s*(\\d+(?:\\([a-z]\\))?(?:\\s*(?:[、,，]|和|及|至|-|–)\\s*\\d+(?:\\([a-z]\\))?)*)\\s*段";
const AFTER_SYMBOL = new RegExp(`^[)）]?\\s*[，,]\\s*${PARA_LIST}`);

// Chinese references without a symbol.
const SC_RESOLUTION = /(?:安全理事会|安理会)?第\s*(\d{3,4})\s*\((\d{4})\)\s*号决议/g;
const GA_RESOLUTION = /大会(?:以)?第\s*(\d{2})\/(\d{1,3})\s*号决议/g;
const OUTCOME = new RegExp(`《(?:2005\\s*年)?(?:世界)?首脑会议成果(?:文件)?》\\s*(?:\\([^)]{0,20}\\))?\\s*${PARA_LIST}`, "g");

export function normaliseSymbol(s: string): string {
  return s.replace(/\s+/g, "").replace(/[.,;，。]+$/, "").toUpperCase().replace(/\/ADD\./g, "/Add.").replace(/\/CORR\./g, "/Corr.");
}

/** "17、27、43-45 和 59" → ["17","27","43","44","45","59"]. */
export function expandParagraphs(list: string): string[] {
  const out: string[] = [];
  const parts = list.split(/\s*(?:[、,，]|和|及)\s*/).filter(Boolean);
  for (const part of parts) {
    const range = /^(\d+)\s*(?:-|–|至)\s*(\d+)$/.exec(part);
    if (range) {
      const [from, to] = [Number(range[1]), Number(range[2])];
      if (to >= from && to - from < 50) for (let n = from; n <= to; n++) out.push(String(n));
      continue;
    }
    out.push(part.replace(/\s+/g, ""));
  }
  return out;
}

function halves(symbol: string): string[] {
  return symbol.split(/-(?=[AS]\/)/).map((h) => h.toUpperCase());
}

export function resolveSymbol(symbol: string, library: LibraryEntry[]): string | null {
  const wanted = new Set(halves(symbol));
  for (const doc of library) {
    if (!doc.symbol) continue;
    if (halves(doc.symbol).some((h) => wanted.has(h))) return doc.slug;
  }
  return null;
}

export function detectCitations(text: string, library: LibraryEntry[]): Citation[] {
  const found: { at: number; c: Citation }[] = [];
  const add = (at: number, symbol: string, raw: string, paragraphs: string[]) => {
    found.push({ at, c: { symbol, raw, paragraphs, targetSlug: resolveSymbol(symbol, library) } });
  };

  for (const m of text.matchAll(SYMBOL)) {
    const sym = m[1] ?? "";
    if (!/\d/.test(sym)) continue; // "A/HRC" alone is not a document
    const after = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 60);
    const p = AFTER_SYMBOL.exec(after);
    const raw = p ? m[0] + p[0] : m[0];
    add(m.index ?? 0, normaliseSymbol(sym), raw, p?.[1] ? expandParagraphs(p[1]) : []);
  }
  for (const m of text.matchAll(SC_RESOLUTION)) {
    add(m.index ?? 0, `S/RES/${m[1]}(${m[2]})`, m[0], []);
  }
  for (const m of text.matchAll(GA_RESOLUTION)) {
    add(m.index ?? 0, `A/RES/${m[1]}/${m[2]}`, m[0], []);
  }
  // The 2005 World Summit Outcome is resolution 60/1; the reports cite it by name, not by symbol.
  for (const m of text.matchAll(OUTCOME)) {
    add(m.index ?? 0, "A/RES/60/1", m[0], expandParagraphs(m[1] ?? ""));
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.c);
}
