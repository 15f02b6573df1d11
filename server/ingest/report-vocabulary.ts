// The words and numbering a UN report uses for its structure, per language. The paragraph numbering is the
// same in all six official languages, so a report in any of them parses to the same locators as the Chinese
// original ("12", "45(a)", "annex-3", "h-2-B", "summary"); only the way headings are written differs.
import type { Locale } from "~/db/locales";

export interface ReportVocabulary {
  /** A section heading line: captures its numeral and the rest of the title. */
  sectionHeading: RegExp;
  /** The section number a captured numeral stands for (0 when it is none). */
  sectionNumber: (numeral: string) => number;
  /** A subsection heading line: captures its letter and the title. */
  letterHeading: RegExp;
  /** The Latin letter a captured subsection letter stands for (locators use A, B, C… in every language). */
  latinLetter: (letter: string) => string;
  /** The unnumbered summary's title, alone on its line. */
  summary: RegExp;
  /** An annex title, alone on its line. */
  annex: RegExp;
  /** A numbered paragraph: captures its number (Western digits, after `normaliseDigits`) and its text. */
  paragraph: RegExp;
  /** A paragraph quoted from another document, which is not one of this one's. */
  quotedParagraph: RegExp;
  /** A heading inside a paragraph ("第一支柱"); null where we do not recognise one. */
  pillar: RegExp | null;
}

const CHINESE_NUMERALS = "一二三四五六七八九十";

/** Chinese numeral (一 … 九十九) to number; enough for section numbering. */
export function chineseNumeral(s: string): number {
  if (s === "十") return 10;
  const [a, b] = s.split("十") as [string, string | undefined];
  if (b === undefined) return CHINESE_NUMERALS.indexOf(a) + 1;
  return (a === "" ? 1 : CHINESE_NUMERALS.indexOf(a) + 1) * 10 + (b === "" ? 0 : CHINESE_NUMERALS.indexOf(b) + 1);
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

/** Roman numeral (I … XXXIX) to number; 0 for anything that is not a well-formed one. */
export function romanNumeral(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const value = ROMAN_VALUES[s[i] ?? ""];
    if (!value) return 0;
    const next = ROMAN_VALUES[s[i + 1] ?? ""] ?? 0;
    total += next > value ? -value : value;
  }
  return toRoman(total) === s ? total : 0;
}

function toRoman(n: number): string {
  const parts: [number, string][] = [[50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
  let out = "";
  for (const [value, numeral] of parts) {
    while (n >= value) {
      out += numeral;
      n -= value;
    }
  }
  return out;
}

// Arabic reports number sections with ordinal words (أولا، ثانيا …) and subsections with letter names
// (ألف، باء …), in the order of the old abjad.
const ARABIC_ORDINALS = ["أول", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر"];
const ARABIC_LETTERS = ["ألف", "باء", "جيم", "دال", "هاء", "واو", "زاي", "حاء"];
const CYRILLIC_LETTERS = "АБВГДЕЖЗ";
const LATIN_LETTERS = "ABCDEFGH";

/** ٠-٩ (Arabic-Indic) and ۰-۹ (Extended, Persian) to 0-9: paragraph numbers are compared as numbers. */
export function normaliseDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.charCodeAt(0) - 0x0660) % 0x90));
}

const chinese: ReportVocabulary = {
  sectionHeading: /^([一二三四五六七八九十]{1,3})\s*[.．、]\s*(\S.*)$/,
  sectionNumber: chineseNumeral,
  letterHeading: /^([A-H])\s*[.．]\s*(\S.*)$/,
  latinLetter: (l) => l,
  summary: /^摘\s*要$/,
  annex: /^附件\s*([一二三四五六七八九十\d]*)$/,
  paragraph: /^(\d{1,3})\s*[.．](?!\d)\s*(.*)$/,
  quotedParagraph: /^[“"]\d{1,3}\s*[.．]/,
  pillar: /^第[一二三四五六七八九十]支柱$/,
};

const latinLetter = (l: string) => {
  const cyrillic = CYRILLIC_LETTERS.indexOf(l);
  return cyrillic >= 0 ? (LATIN_LETTERS[cyrillic] ?? l) : l;
};

/** English, French, Spanish and Russian: Roman-numeral sections, lettered subsections, "1." paragraphs. */
const european = (summary: string, annex: string): ReportVocabulary => ({
  sectionHeading: /^([IVXL]{1,6})\s*[.．]\s+(\S.*)$/,
  sectionNumber: romanNumeral,
  letterHeading: /^([A-HА-ЖЗ])\s*[.．]\s+(\S.*)$/,
  latinLetter,
  summary: new RegExp(`^(?:${summary})\\s*$`, "iu"),
  annex: new RegExp(`^(?:${annex})(?:\\s+([IVX]+|\\d+))?\\s*$`, "iu"),
  paragraph: /^(\d{1,3})\s*[.．](?!\d)\s*(.*)$/,
  quotedParagraph: /^[“"«„]\d{1,3}\s*[.．]/,
  pillar: null,
});

const arabic: ReportVocabulary = {
  sectionHeading: new RegExp(`^((?:${ARABIC_ORDINALS.join("|")})(?:اً|ًا|ا)|[IVXL]{1,6})\\s*[-–—.]\\s*(\\S.*)$`),
  sectionNumber: (s) => {
    const word = ARABIC_ORDINALS.findIndex((w) => s.startsWith(w) && s.replace(/[اً]/g, "") === w.replace(/ا/g, ""));
    return word >= 0 ? word + 1 : romanNumeral(s);
  },
  letterHeading: new RegExp(`^(${ARABIC_LETTERS.join("|")}|[A-H])\\s*[-–—.]\\s*(\\S.*)$`),
  latinLetter: (l) => {
    const i = ARABIC_LETTERS.indexOf(l);
    return i >= 0 ? (LATIN_LETTERS[i] ?? l) : l;
  },
  summary: /^(?:موجز|الموجز)\s*$/,
  annex: /^(?:المرفق|مرفق)(?:\s+(\S+))?\s*$/,
  // Arabic documents write "1 - text" as well as "1. text".
  paragraph: /^(\d{1,3})\s*(?:[.．](?!\d)|\s[-–]\s)\s*(.*)$/,
  quotedParagraph: /^[“"«]\d{1,3}\s*[.．-]/,
  pillar: null,
};

const VOCABULARIES: Record<Locale, ReportVocabulary> = {
  zh: chinese,
  en: european("Summary", "Annex"),
  fr: european("Résumé", "Annexe"),
  es: european("Resumen", "Anexo"),
  ru: european("Резюме", "Приложение"),
  ar: arabic,
};

export function reportVocabulary(language: Locale | undefined): ReportVocabulary {
  return VOCABULARIES[language ?? "zh"];
}
