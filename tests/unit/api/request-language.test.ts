import { describe, expect, it } from "vitest";
import { negotiateLocale, parseAcceptLanguage, requestLanguage } from "~/server/api/public/request-language";
import { inLanguage, isLocalizedMap } from "~/server/api/public/response-language";

describe("parseAcceptLanguage", () => {
  it("orders ranges by weight, keeping the header's order on ties", () => {
    expect(parseAcceptLanguage("fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5")).toEqual([
      { range: "fr-ch", q: 1 },
      { range: "fr", q: 0.9 },
      { range: "en", q: 0.8 },
      { range: "de", q: 0.7 },
      { range: "*", q: 0.5 },
    ]);
    expect(parseAcceptLanguage("ru;q=0.5, es;q=0.5, ar")).toEqual([
      { range: "ar", q: 1 },
      { range: "ru", q: 0.5 },
      { range: "es", q: 0.5 },
    ]);
  });

  it("tolerates spaces and case, and skips entries that do not parse", () => {
    expect(parseAcceptLanguage("  ZH-cn ; Q=0.8 ,en-US")).toEqual([
      { range: "en-us", q: 1 },
      { range: "zh-cn", q: 0.8 },
    ]);
    expect(parseAcceptLanguage("fr;q=2, es;q=0.1234, ru;q=abc, x y, ;q=1, ar;q=1.000, zh;q=0.")).toEqual([
      { range: "ar", q: 1 },
      { range: "zh", q: 0 },
    ]);
  });

  it("is empty for a missing or empty header", () => {
    expect(parseAcceptLanguage(null)).toEqual([]);
    expect(parseAcceptLanguage("")).toEqual([]);
  });

  it("reads a bounded number of ranges", () => {
    expect(parseAcceptLanguage(Array.from({ length: 1000 }, () => "de").join(","))).toHaveLength(32);
  });
});

describe("negotiateLocale", () => {
  it.each([
    ["zh-CN,zh;q=0.9,en;q=0.8", "zh"],
    ["zh-Hant-TW", "zh"],
    ["fr-CA", "fr"],
    ["de-DE, ru;q=0.4, en;q=0.3", "ru"],
    ["en-GB;q=0.5, ar-EG", "ar"],
    ["es-419", "es"],
    ["*", "en"],
    ["de, *;q=0.1", "en"],
    ["en;q=0, *", "ar"],
    ["fr;q=0, fr-CA", null],
    ["de, ja", null],
    ["", null],
  ] as const)("%s → %s", (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });

  it("does not take a longer tag's prefix that is not a subtag (english ≠ en)", () => {
    expect(negotiateLocale("english, ruby")).toBeNull();
  });
});

describe("requestLanguage", () => {
  const headers = (acceptLanguage?: string) => new Headers(acceptLanguage ? { "accept-language": acceptLanguage } : {});

  it("prefers ?lang= over Accept-Language, and falls back to English", () => {
    expect(requestLanguage("http://x/api/v1/countries?lang=fr", headers("zh"))).toEqual({ ok: true, locale: "fr", from: "query" });
    expect(requestLanguage("http://x/api/v1/countries", headers("zh-CN"))).toEqual({ ok: true, locale: "zh", from: "header" });
    expect(requestLanguage("http://x/api/v1/countries", headers("de"))).toEqual({ ok: true, locale: "en", from: "default" });
    expect(requestLanguage("http://x/api/v1/countries", headers())).toEqual({ ok: true, locale: "en", from: "default" });
    expect(requestLanguage("http://x/api/v1/countries?lang=RU", headers())).toMatchObject({ ok: true, locale: "ru" });
  });

  it("refuses a language it does not answer in, writing the error in the header's language", () => {
    expect(requestLanguage("http://x/?lang=de", headers("fr"))).toEqual({ ok: false, value: "de", locale: "fr" });
    expect(requestLanguage("http://x/?lang=", headers())).toEqual({ ok: false, value: "", locale: "en" });
    expect(requestLanguage("http://x/?lang=zh-CN", headers())).toMatchObject({ ok: false });
  });
});

describe("inLanguage", () => {
  it("narrows every localized map to the reader's entry, marking a fallback by its key", () => {
    const body = {
      items: [{ iso3: "KOR", name: { zh: "大韩民国", en: "Republic of Korea", fr: "République de Corée" }, score: { overall: 0.5 } }],
      title: { zh: "只有中文" },
      total: 1,
      tags: ["en", "zh"],
    };
    expect(inLanguage(body, "fr")).toEqual({
      items: [{ iso3: "KOR", name: { fr: "République de Corée" }, score: { overall: 0.5 } }],
      title: { zh: "只有中文" },
      total: 1,
      tags: ["en", "zh"],
    });
  });

  it("recognises only maps of language codes to text", () => {
    expect(isLocalizedMap({ en: "x", zh: "y" })).toBe(true);
    expect(isLocalizedMap({ en: "x", byActor: "y" })).toBe(false);
    expect(isLocalizedMap({ en: 1 })).toBe(false);
    expect(isLocalizedMap({})).toBe(false);
    expect(isLocalizedMap(["en"])).toBe(false);
  });
});
