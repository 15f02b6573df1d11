import { describe, expect, it } from "vitest";
import { fallbackOrder, isLocale, LOCALES, localeDirection } from "~/db/locales";
import { missingLocales, pickText, textIn } from "~/db/localized-text";

describe("the six UN languages", () => {
  it("are listed in the UN's order, Arabic right to left", () => {
    expect(LOCALES).toEqual(["ar", "zh", "en", "fr", "ru", "es"]);
    expect(LOCALES.filter((l) => localeDirection(l) === "rtl")).toEqual(["ar"]);
    expect(isLocale("fr")).toBe(true);
    expect(isLocale("de")).toBe(false);
    expect(isLocale("__proto__")).toBe(false);
  });

  it("fall back to the reader's own, then English, then Chinese, then the rest", () => {
    expect(fallbackOrder("fr")).toEqual(["fr", "en", "zh", "ar", "ru", "es"]);
    expect(fallbackOrder("en")).toEqual(["en", "zh", "ar", "fr", "ru", "es"]);
    for (const l of LOCALES) expect(new Set(fallbackOrder(l)).size).toBe(6);
  });
});

describe("localized text", () => {
  const title = { zh: "国家协调人", en: "National focal point", fr: "  " };

  it("is read in the reader's language when it has one", () => {
    expect(pickText(title, "zh")).toEqual({ text: "国家协调人", lang: "zh" });
  });

  it("falls back, saying which language it fell back to; blank counts as missing", () => {
    expect(pickText(title, "fr")).toEqual({ text: "National focal point", lang: "en" });
    expect(pickText({ zh: "只有中文" }, "ar")).toEqual({ text: "只有中文", lang: "zh" });
    expect(textIn(title, "ru")).toBe("National focal point");
  });

  it("is empty with no language when nothing is written", () => {
    expect(pickText({}, "en")).toEqual({ text: "", lang: null });
    expect(pickText(null, "en")).toEqual({ text: "", lang: null });
  });

  it("lists the languages still to translate", () => {
    expect(missingLocales(title)).toEqual(["ar", "fr", "ru", "es"]);
  });
});
