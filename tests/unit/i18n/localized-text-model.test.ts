// The pieces of the localized-text model (decision 027) that need no database: the input schema, the
// map operations, the table columns and the records CSV mapping (old two-language files still import).
import { describe, expect, it } from "vitest";
import { pickText, textIn } from "~/db/localized-text";
import { allText, asLocale, fromZhEn, mapText, withText } from "~/db/localized-text-ops";
import { localizedCells, localizedFields } from "~/server/services/open-data/localized-columns";
import { columnForField, csvColumns, recordToRow, rowToInput } from "~/server/services/records/record-csv";
import { localizedTextInput, requiredLocalizedTextInput } from "~/server/validation/localized-text-input";

describe("localized text input", () => {
  it("trims, drops blank languages and keeps the UN's key order", () => {
    expect(localizedTextInput(100).parse({ fr: "  Titre ", en: "Title", zh: "  " })).toEqual({ en: "Title", fr: "Titre" });
    expect(Object.keys(localizedTextInput(100).parse({ es: "b", ar: "أ" }))).toEqual(["ar", "es"]);
  });

  it("refuses a language that is not one of the six, a NUL byte and an over-long entry", () => {
    expect(localizedTextInput(100).safeParse({ de: "Titel" }).success).toBe(false);
    expect(localizedTextInput(100).safeParse({ en: "a\u0000b" }).success).toBe(false);
    expect(localizedTextInput(5).safeParse({ en: "123456" }).success).toBe(false);
    expect(localizedTextInput(5).parse({ en: "  12345  " })).toEqual({ en: "12345" });
  });

  it("needs at least one language where it is required", () => {
    const result = requiredLocalizedTextInput(100).safeParse({ en: " ", zh: "" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("localized.requiredOne");
    expect(requiredLocalizedTextInput(100).parse({ ru: "Название" })).toEqual({ ru: "Название" });
  });
});

describe("reading and changing maps", () => {
  const title = { zh: "协调人", en: "Focal point", fr: "" };

  it("picks the reader's language, then English, then Chinese, and says which it picked", () => {
    expect(pickText(title, "zh")).toEqual({ text: "协调人", lang: "zh" });
    expect(pickText(title, "fr")).toEqual({ text: "Focal point", lang: "en" });
    expect(pickText({ zh: "协调人" }, "ar")).toEqual({ text: "协调人", lang: "zh" });
    expect(pickText({}, "es")).toEqual({ text: "", lang: null });
    expect(textIn({ es: "Punto focal" }, "ru")).toBe("Punto focal");
  });

  it("maps, joins, builds from the old pair and replaces one language keeping the others", () => {
    expect(mapText({ en: "A/63/677", zh: "履行" }, (t) => `${t} ¶12`)).toEqual({ zh: "履行 ¶12", en: "A/63/677 ¶12" });
    expect(allText({ en: "b", ar: "a" }, { zh: "c" })).toBe("a\nb\nc");
    expect(fromZhEn(" 甲 ", "")).toEqual({ zh: "甲" });
    expect(withText(title, "fr", " Point focal ")).toEqual({ zh: "协调人", en: "Focal point", fr: "Point focal" });
    expect(withText({ zh: "甲", en: "A" }, "en", " ")).toEqual({ zh: "甲" });
    expect(asLocale("ru")).toBe("ru");
    expect(asLocale("de")).toBe("zh");
  });
});

describe("tables", () => {
  it("has one column per language, empty where there is no translation", () => {
    expect(localizedFields("title", "Title").map((f) => f.name)).toEqual(["title_ar", "title_zh", "title_en", "title_fr", "title_ru", "title_es"]);
    expect(localizedCells("title", { en: "A", fr: "Un" })).toEqual({ title_ar: "", title_zh: "", title_en: "A", title_fr: "Un", title_ru: "", title_es: "" });
  });

  it("imports a record CSV with only the former Chinese and English columns, and one with French", () => {
    const old = rowToInput("commitment", ["country", "title_zh", "title_en", "description_en"], ["KEN", "承诺", "Pledge", ""]);
    expect(old.input).toMatchObject({ countryIso3: "KEN", title: { zh: "承诺", en: "Pledge" }, description: {} });
    const french = rowToInput("commitment", ["country", "title_fr"], ["SEN", "Engagement"]);
    expect(french.input).toMatchObject({ title: { fr: "Engagement" } });
  });

  it("exports every language in its own column and names the column a title error belongs to", () => {
    const columns = csvColumns("commitment").map(([c]) => c);
    expect(columns.slice(0, 7)).toEqual(["country", "title_ar", "title_zh", "title_en", "title_fr", "title_ru", "title_es"]);
    const row = recordToRow("commitment", { countryIso3: "KEN", title: { ru: "Обязательство" }, description: {}, measures: [], units: [], evidence: [] });
    expect(row[columns.indexOf("title_ru")]).toBe("Обязательство");
    expect(row[columns.indexOf("title_en")]).toBe("");
    expect(columnForField("commitment", "title.fr")).toBe("title_fr");
    expect(columnForField("commitment", "title")).toBe("title_en");
  });
});
