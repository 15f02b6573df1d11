// The generated UN names (db/seed/reference/un-m49-names.ts) against the vendored UNSD M49 tables they
// were generated from: every row with an ISO code, in all six languages, and every area code.
import { describe, expect, it } from "vitest";
import { LOCALES } from "~/db/locales";
import { COUNTRIES, UN_COUNTRY_NAMES, UN_M49_AREA_NAMES } from "~/db/seed/reference";
import { parseUnsdTable, readUnsdTable } from "~/server/cli/unsd-m49-table";

const tables = Object.fromEntries(LOCALES.map((locale) => [locale, readUnsdTable(locale)] as const));

describe("the vendored UNSD M49 tables", () => {
  it("have the same rows, by M49 code, in the six languages", () => {
    const codes = (locale: (typeof LOCALES)[number]) => tables[locale]!.map((r) => `${r.m49}/${r.iso3}`).sort();
    expect(tables.en!.length).toBeGreaterThan(240);
    for (const locale of LOCALES) expect(codes(locale), locale).toEqual(codes("en"));
  });

  it("are the copy from before the hand edits (UN wording, no added rows)", () => {
    const en = new Map(tables.en!.map((r) => [r.iso3, r.countryName]));
    expect(en.get("CIV")).toBe("Côte d’Ivoire");
    expect(en.get("NLD")).toBe("Netherlands (Kingdom of the)");
    expect(en.has("TWN")).toBe(false);
  });

  it("parse quoted fields with commas", () => {
    const [row] = parseUnsdTable(
      'Region Code,Region Name,Sub-region Code,Sub-region Name,Intermediate Region Code,Intermediate Region Name,Country or Area,M49 Code,ISO-alpha2 Code,ISO-alpha3 Code\n019,Americas,419,x,029,Caribbean,"Bonaire, Sint Eustatius and Saba",535,BQ,BES\n',
    );
    expect(row).toMatchObject({ countryName: "Bonaire, Sint Eustatius and Saba", iso3: "BES", intermediateCode: "029" });
  });
});

describe("generated UN names", () => {
  it("match every ISO row of the tables in all six languages", () => {
    let checked = 0;
    for (const locale of LOCALES) {
      for (const row of tables[locale]!) {
        if (!row.iso3) continue;
        expect(UN_COUNTRY_NAMES[row.iso3]?.[locale], `${row.iso3} ${locale}`).toBe(row.countryName.trim());
        checked++;
      }
    }
    expect(checked).toBe(Object.keys(UN_COUNTRY_NAMES).length * LOCALES.length);
  });

  it("match every region, sub-region and intermediate region of the tables", () => {
    for (const locale of LOCALES) {
      for (const row of tables[locale]!) {
        for (const [code, name] of [
          [row.regionCode, row.regionName],
          [row.subregionCode, row.subregionName],
          [row.intermediateCode, row.intermediateName],
        ] as const) {
          if (code) expect(UN_M49_AREA_NAMES[code]?.[locale], `${code} ${locale}`).toBe(name.trim());
        }
      }
    }
  });

  it.each([
    ["KOR", "zh", "大韩民国"],
    ["USA", "zh", "美利坚合众国"],
    ["KOR", "en", "Republic of Korea"],
    ["KOR", "fr", "République de Corée"],
    ["RUS", "zh", "俄罗斯联邦"],
    ["SYR", "zh", "阿拉伯叙利亚共和国"],
    ["CIV", "es", "Côte d’Ivoire"],
  ] as const)("names %s in %s as %s", (iso3, locale, name) => {
    expect(UN_COUNTRY_NAMES[iso3]![locale]).toBe(name);
  });

  it("place every tracked state in the region and sub-region the tables give it", () => {
    const byIso3 = new Map(tables.en!.map((r) => [r.iso3, r]));
    for (const c of COUNTRIES) {
      const row = byIso3.get(c.iso3);
      expect(row, c.iso3).toBeDefined();
      expect(c.region.m49, c.iso3).toBe(row!.regionCode);
      expect(c.subregion.m49, c.iso3).toBe(row!.intermediateCode || row!.subregionCode);
      expect(c.m49, c.iso3).toBe(row!.m49);
    }
  });
});
