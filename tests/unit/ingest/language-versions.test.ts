// The parser reads a UN report in any of the six languages to the same locators as the Chinese original,
// and alignment pairs units by locator, reporting what one side lacks.
import { describe, expect, it } from "vitest";
import { parseDocument } from "~/server/ingest";
import { alignLocators } from "~/server/ingest/align-locators";
import { normaliseDigits, romanNumeral } from "~/server/ingest/report-vocabulary";
import { FIXTURE_LOCATORS, type FixtureLanguage, versionFixture } from "../../fixtures/document-versions";

const parse = (text: string, language: FixtureLanguage | "es" | "ru") =>
  parseDocument(text, { slug: "fixture", kind: "un-report", language, library: [] });

describe("report structure in six languages", () => {
  it.each(["zh", "en", "fr", "ar"] as const)("%s parses to the same locators, without warnings", (lang) => {
    const parsed = parse(versionFixture(lang), lang);
    expect(parsed.units.map((u) => u.locator)).toEqual(FIXTURE_LOCATORS);
    expect(parsed.warnings).toEqual([]);
  });

  it("keeps each language's own words in headings and text", () => {
    const fr = parse(versionFixture("fr"), "fr");
    expect(fr.units.find((u) => u.locator === "h-2-A")?.text).toBe("A. Prévention");
    expect(fr.units.find((u) => u.locator === "3")?.text).toBe("La prévention des atrocités criminelles exige une action rapide.");
    expect(fr.units.find((u) => u.locator === "3")?.heading).toBe("II. La voie à suivre › A. Prévention");
    const ar = parse(versionFixture("ar"), "ar");
    expect(ar.units.find((u) => u.locator === "h-2-B")?.text).toBe("باء. التعاون");
    expect(ar.units.find((u) => u.locator === "summary")?.text).toContain("تقرير اصطناعي");
  });

  it("reads Spanish and Russian summaries, annexes and Cyrillic subsection letters", () => {
    const es = ["Resumen", "", "Texto del resumen.", "", "I. Introducción", "", "1. Primer párrafo.", "", "Anexo", "", "1. Lista."].join("\n");
    expect(parse(es, "es").units.map((u) => u.locator)).toEqual(["summary", "h-1", "1", "h-annex", "annex-1"]);
    const ru = ["Резюме", "", "Текст резюме.", "", "I. Введение", "", "А. Предупреждение", "", "1. Первый пункт.", "", "Б. Сотрудничество", "", "2. Второй пункт.", "", "Приложение", "", "1. Список."].join("\n");
    expect(parse(ru, "ru").units.map((u) => u.locator)).toEqual(["summary", "h-1", "h-1-A", "1", "h-1-B", "2", "h-annex", "annex-1"]);
  });

  it("does not take a Roman numeral out of sequence, or a sentence starting with one, for a heading", () => {
    const en = ["I. Introduction", "", "1. First.", "", "III. Skipped a number", "", "2. Second.", "", "II. Next section", "", "3. Third."].join("\n");
    expect(parse(en, "en").units.map((u) => u.locator)).toEqual(["h-1", "1", "2", "h-2", "3"]);
  });

  it("normalises Arabic-Indic digits and reads well-formed Roman numerals only", () => {
    expect(normaliseDigits("١٢ - ۳٤")).toBe("12 - 34");
    expect([romanNumeral("IV"), romanNumeral("XIV"), romanNumeral("IIII"), romanNumeral("VX")]).toEqual([4, 14, 0, 0]);
  });
});

describe("alignment by locator", () => {
  it("pairs every unit when both sides have the same locators", () => {
    const zh = parse(versionFixture("zh"), "zh").units;
    const en = parse(versionFixture("en"), "en").units;
    const aligned = alignLocators(zh, en);
    expect(aligned.missingInVersion).toEqual([]);
    expect(aligned.extraInVersion).toEqual([]);
    expect(aligned.rows.every((r) => r.original && r.version)).toBe(true);
  });

  it("reports what each side lacks and keeps version-only units in reading order", () => {
    const original = ["1", "2", "3"].map((locator) => ({ locator }));
    const version = ["1", "2a", "3", "4"].map((locator) => ({ locator }));
    const aligned = alignLocators(original, version);
    expect(aligned.missingInVersion).toEqual(["2"]);
    expect(aligned.extraInVersion).toEqual(["2a", "4"]);
    expect(aligned.rows.map((r) => r.locator)).toEqual(["1", "2a", "2", "3", "4"]);
  });
});
