// The locale tag table (server/i18n/locale-tags.ts): what `lang`, `dir`, hreflang and Intl get for
// each of the six languages, and the print fonts' stylesheet.
import { describe, expect, it } from "vitest";
import { LOCALES } from "~/db/locales";
import {
  documentLanguage,
  documentLanguageOf,
  hreflangAlternates,
  intlLocale,
  languageTag,
  localeOfPath,
} from "~/server/i18n/locale-tags";
import { messagesByLocale } from "~/server/i18n/translator";
import { PRINT_FONT_FILE, printFontFaces, readPrintFont } from "~/server/print/print-fonts";

describe("locale tags", () => {
  it("gives each locale its BCP 47 tag and direction; only Arabic is right to left", () => {
    expect(LOCALES.map((l) => documentLanguage(l))).toEqual([
      { lang: "ar", dir: "rtl" },
      { lang: "zh-CN", dir: "ltr" },
      { lang: "en", dir: "ltr" },
      { lang: "fr", dir: "ltr" },
      { lang: "ru", dir: "ltr" },
      { lang: "es", dir: "ltr" },
    ]);
  });

  it("falls back for values that are not route locales", () => {
    expect(documentLanguageOf("ar", "zh")).toEqual({ lang: "ar", dir: "rtl" });
    expect(documentLanguageOf("de", "zh")).toEqual({ lang: "zh-CN", dir: "ltr" });
    expect(documentLanguageOf(null, "en")).toEqual({ lang: "en", dir: "ltr" });
  });

  it("formats numbers and dates in Arabic with Western digits, whatever the engine's default", () => {
    expect(intlLocale("ar")).toBe("ar-u-nu-latn");
    expect(new Intl.NumberFormat(intlLocale("ar")).format(1234)).toBe("1,234");
    expect(new Intl.NumberFormat(intlLocale("ar"), { style: "percent" }).format(0.42)).toMatch(/42/);
    expect(new Intl.DateTimeFormat(intlLocale("ar"), { year: "numeric", timeZone: "UTC" }).format(new Date("2026-06-01T00:00:00Z"))).toBe("2026");
    // Every tag is one Intl accepts as given.
    for (const l of LOCALES) expect(Intl.NumberFormat.supportedLocalesOf(intlLocale(l))).toHaveLength(1);
    expect(intlLocale("zh")).toBe(languageTag("zh"));
  });

  it("reads the locale from the first path segment only", () => {
    expect(localeOfPath("/ar/countries/KEN")).toBe("ar");
    expect(localeOfPath("/ru")).toBe("ru");
    expect(localeOfPath("/countries/ar")).toBeNull();
    expect(localeOfPath("/")).toBeNull();
  });

  it("lists a page in all six languages plus x-default for hreflang", () => {
    expect(hreflangAlternates("https://r2p.example/", "/countries/KEN")).toEqual({
      ar: "https://r2p.example/ar/countries/KEN",
      "zh-CN": "https://r2p.example/zh/countries/KEN",
      en: "https://r2p.example/en/countries/KEN",
      fr: "https://r2p.example/fr/countries/KEN",
      ru: "https://r2p.example/ru/countries/KEN",
      es: "https://r2p.example/es/countries/KEN",
      "x-default": "https://r2p.example/countries/KEN",
    });
    expect(hreflangAlternates("https://r2p.example", "")["x-default"]).toBe("https://r2p.example/");
  });
});

describe("the language bar's names", () => {
  it("names each language in its own script, from its own catalogue, in the UN's order", () => {
    expect(LOCALES.map((l) => messagesByLocale[l].languages[l])).toEqual(["عربي", "中文", "English", "Français", "Русский", "Español"]);
  });
});

describe("print fonts", () => {
  const css = printFontFaces();

  it("declares Noto Sans Arabic for Arabic letters and Noto Sans SC for CJK, regular and bold, woff2 only", () => {
    expect(css).toContain("font-family: 'Noto Sans Arabic'");
    expect(css).toContain("font-family: 'Noto Sans SC'");
    expect(css).toMatch(/font-weight: 700;/);
    expect(css).not.toContain(".woff)");
    expect(css).not.toMatch(/noto-sans-(sc|arabic)-latin/);
    // The Arabic face covers the Arabic block; some SC face covers the common CJK ideographs (官 U+5B98).
    expect(css).toMatch(/unicode-range: U\+0600-06FF/);
  });

  it("points every face at a file the font route serves", () => {
    const files = [...css.matchAll(/url\(\/print-fonts\/([^)]+)\)/g)].map((m) => m[1]!);
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) expect(file).toMatch(PRINT_FONT_FILE);
    expect(readPrintFont(files[0]!)?.byteLength).toBeGreaterThan(1000);
  });

  it("serves nothing outside the two packages' woff2 files", () => {
    expect(readPrintFont("../../package.json")).toBeNull();
    expect(readPrintFont("noto-sans-sc-4-400-normal.woff")).toBeNull();
    expect(readPrintFont("noto-sans-sc-999-400-normal.woff2")).toBeNull();
  });
});
