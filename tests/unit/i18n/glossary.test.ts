// The glossary: every language's file has every term, and the catalogues use the agreed term wherever
// the English catalogue uses the English one (checked for every glossary file that exists).
import { describe, expect, it } from "vitest";
import { LOCALES } from "~/db/locales";
import { renderGlossaryMarkdown } from "~/server/cli/i18n-glossary-markdown";
import { formsOf, GLOSSARY_TERM_IDS, readGlossary, type Glossary, type GlossaryTermId } from "~/server/i18n/glossary/glossary";
import { messagesByLocale } from "~/server/i18n/translator";
import { flatten } from "./catalogue-shape";

/** Terms whose English word is always this concept in the catalogue (never a verb or an everyday word). */
const CHECKED_TERMS: GlossaryTermId[] = [
  "r2p",
  "focalPoint",
  "atrocityCrimes",
  "genocide",
  "warCrimes",
  "ethnicCleansing",
  "crimesAgainstHumanity",
  "focalPointsNetwork",
  "groupOfFriends",
  "earlyWarning",
  "nationalMechanism",
  "generalAssembly",
  "securityCouncil",
  "humanRightsCouncil",
  "upr",
  "sgReport",
  "toolkit",
  "advocacyAction",
  "secretariat",
  "parliamentarian",
];

/** Messages that quote an English search term on purpose (the documents are searched in zh and en). */
const ENGLISH_ON_PURPOSE = new Set(["search.placeholder", "search.empty", "measures.searchPlaceholder"]);

const english = readGlossary("en");
const withGlossary = LOCALES.flatMap((locale) => {
  const glossary = readGlossary(locale);
  return glossary ? [[locale, glossary] as const] : [];
});

/** Lower case, one apostrophe, the brand removed: "R2P Tracker" is never a use of a term. */
const normalise = (text: string) => text.replace(/R2P Tracker/g, " ").replace(/[’‘]/g, "'").toLocaleLowerCase();
const mentions = (text: string, glossary: Glossary, id: GlossaryTermId) =>
  formsOf(glossary, id).some((form) => normalise(text).includes(normalise(form)));

describe("glossary files", () => {
  it("exist for English, Chinese and French at least", () => {
    expect(withGlossary.map(([locale]) => locale)).toEqual(expect.arrayContaining(["en", "zh", "fr"]));
  });

  it.each(withGlossary)("%s has every term, none empty", (_locale, glossary) => {
    for (const id of GLOSSARY_TERM_IDS) expect(glossary[id]?.trim(), id).toBeTruthy();
  });
});

describe.each(withGlossary.filter(([locale]) => locale !== "en"))("the %s catalogue", (locale, glossary) => {
  it("uses the glossary term wherever the English catalogue uses the English term", () => {
    const translated = new Map(flatten(messagesByLocale[locale]));
    const misses = flatten(messagesByLocale.en).flatMap(([key, source]) =>
      ENGLISH_ON_PURPOSE.has(key)
        ? []
        : CHECKED_TERMS.filter((id) => mentions(source, english!, id) && !mentions(translated.get(key) ?? "", glossary, id)).map(
            (id) => `${key} (${id} → ${glossary[id]}): ${translated.get(key)}`,
          ),
    );
    expect(misses).toEqual([]);
  });
});

describe("the glossary document", () => {
  it("has a row per term and a column per language, empty where a glossary file is missing", () => {
    const fr = readGlossary("fr");
    const markdown = renderGlossaryMarkdown([
      { locale: "en", name: "English", glossary: english },
      { locale: "fr", name: "Français", glossary: fr },
      { locale: "ru", name: "Русский", glossary: null },
    ]);
    const rows = markdown.split("\n").filter((line) => line.startsWith("| `"));
    expect(rows).toHaveLength(GLOSSARY_TERM_IDS.length);
    expect(markdown).toContain("| Term id | English (en) | Français (fr) | Русский (ru) |");
    expect(rows.find((row) => row.startsWith("| `focalPoint`"))).toBe(`| \`focalPoint\` | focal point | ${fr!.focalPoint} |  |`);
    expect(markdown).toContain("No glossary file yet: server/i18n/glossary/ru.json");
    expect(markdown).toContain("What a translator should check");
  });
});
