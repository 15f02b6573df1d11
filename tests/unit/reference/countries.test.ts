import i18nCountries from "i18n-iso-countries";
import { describe, expect, it } from "vitest";

import {
  COUNTRIES,
  COUNTRY_BY_ISO3,
  M49_REGIONS,
  M49_SUBREGIONS,
  UN_COUNTRY_NAMES,
  UN_M49_AREA_NAMES,
  type UnGroup,
} from "~/db/seed/reference";
import { LOCALES } from "~/db/locales";

const HAN = /\p{Script=Han}/u;

function country(iso3: string) {
  const found = COUNTRY_BY_ISO3.get(iso3);
  if (!found) throw new Error(`${iso3} missing from COUNTRIES`);
  return found;
}

const members = COUNTRIES.filter((c) => c.status === "member");

describe("COUNTRIES", () => {
  it("has the 193 UN member states and the 2 observer states", () => {
    expect(COUNTRIES).toHaveLength(195);
    expect(members).toHaveLength(193);
    expect(
      COUNTRIES.filter((c) => c.status === "observer")
        .map((c) => c.iso3)
        .sort(),
    ).toEqual(["PSE", "VAT"]);
  });

  it("leaves out entities that are neither members nor observer states", () => {
    for (const iso3 of [
      "TWN",
      "XKX",
      "UNK",
      "ESH",
      "COK",
      "NIU",
      "HKG",
      "PRI",
    ]) {
      expect(COUNTRY_BY_ISO3.has(iso3), iso3).toBe(false);
    }
  });

  it("has unique, well-formed codes", () => {
    for (const key of ["iso3", "iso2", "m49"] as const) {
      expect(new Set(COUNTRIES.map((c) => c[key])).size, key).toBe(
        COUNTRIES.length,
      );
    }
    for (const c of COUNTRIES) {
      expect(c.iso3).toMatch(/^[A-Z]{3}$/);
      expect(c.iso2).toMatch(/^[A-Z]{2}$/);
      expect(c.m49).toMatch(/^\d{3}$/);
    }
  });

  it("agrees with i18n-iso-countries on the alpha-2 and numeric codes", () => {
    for (const c of COUNTRIES) {
      expect(i18nCountries.alpha3ToAlpha2(c.iso3), c.iso3).toBe(c.iso2);
      expect(i18nCountries.alpha3ToNumeric(c.iso3), c.iso3).toBe(c.m49);
    }
  });

  it("names every state in the six languages, each in its own script", () => {
    for (const c of COUNTRIES) {
      for (const locale of LOCALES) expect(c.name[locale].trim(), `${c.iso3} ${locale}`).not.toBe("");
      expect(c.name.zh, c.iso3).toMatch(HAN);
      expect(c.name.en, c.iso3).not.toMatch(HAN);
      expect(c.name.ar, c.iso3).toMatch(/\p{Script=Arabic}/u);
      expect(c.name.ru, c.iso3).toMatch(/\p{Script=Cyrillic}/u);
    }
  });

  it("takes its names from the UNSD M49 tables", () => {
    for (const c of COUNTRIES) expect(c.name, c.iso3).toEqual(UN_COUNTRY_NAMES[c.iso3]);
  });

  it.each([
    ["CHN", "CN", "156", "中国"],
    ["FRA", "FR", "250", "法国"],
    ["DMA", "DM", "212", "多米尼克"],
    ["DOM", "DO", "214", "多米尼加"],
    ["MKD", "MK", "807", "北马其顿"],
    ["VAT", "VA", "336", "教廷"],
    ["PSE", "PS", "275", "巴勒斯坦国"],
    ["KOR", "KR", "410", "大韩民国"],
    ["USA", "US", "840", "美利坚合众国"],
  ])("spot-checks %s", (iso3, iso2, m49, nameZh) => {
    const c = country(iso3);
    expect(c.iso2).toBe(iso2);
    expect(c.m49).toBe(m49);
    expect(c.name.zh).toBe(nameZh);
  });

  it("names states as the UN writes them", () => {
    expect(country("FRA").name.en).toBe("France");
    expect(country("PSE").name.en).toBe("State of Palestine");
    expect(country("TUR").name.en).toBe("Türkiye");
    expect(country("CIV").name.fr).toBe("Côte d’Ivoire");
    expect(country("NLD").name.en).toBe("Netherlands (Kingdom of the)");
    expect(country("RUS").name.ru).toBe("Российская Федерация");
  });
});

describe("M49 geography", () => {
  it("puts every state in exactly one sub-region of the right region", () => {
    const listed = M49_SUBREGIONS.flatMap((s) => s.members);
    expect(listed).toHaveLength(195);
    expect(new Set(listed).size).toBe(195);
    for (const iso3 of listed)
      expect(COUNTRY_BY_ISO3.has(iso3), iso3).toBe(true);
  });

  it("has unique, well-formed area codes and Chinese names", () => {
    const areas = [...Object.values(M49_REGIONS), ...M49_SUBREGIONS];
    expect(new Set(areas.map((a) => a.m49)).size).toBe(areas.length);
    for (const a of areas) {
      expect(a.m49).toMatch(/^\d{3}$/);
      expect(a.name).toEqual(UN_M49_AREA_NAMES[a.m49]);
      expect(a.name.zh).toMatch(HAN);
    }
  });

  it("counts the member states per region", () => {
    const count = (m49: string) =>
      members.filter((c) => c.region.m49 === m49).length;
    expect(count(M49_REGIONS.africa.m49)).toBe(54);
    expect(count(M49_REGIONS.americas.m49)).toBe(35);
    expect(count(M49_REGIONS.asia.m49)).toBe(47);
    expect(count(M49_REGIONS.europe.m49)).toBe(43);
    expect(count(M49_REGIONS.oceania.m49)).toBe(14);
  });

  it.each([
    ["KEN", "Africa", "非洲", "014", "Eastern Africa", "东非"],
    ["EGY", "Africa", "非洲", "015", "Northern Africa", "北非"],
    ["COD", "Africa", "非洲", "017", "Middle Africa", "中非"],
    ["BRA", "Americas", "美洲", "005", "South America", "南美洲"],
    ["USA", "Americas", "美洲", "021", "Northern America", "北美"],
    ["HTI", "Americas", "美洲", "029", "Caribbean", "加勒比"],
    ["CHN", "Asia", "亚洲", "030", "Eastern Asia", "东亚"],
    ["MMR", "Asia", "亚洲", "035", "South-eastern Asia", "东南亚"],
    ["PSE", "Asia", "亚洲", "145", "Western Asia", "西亚"],
    ["TUR", "Asia", "亚洲", "145", "Western Asia", "西亚"],
    ["FRA", "Europe", "欧洲", "155", "Western Europe", "西欧"],
    ["UKR", "Europe", "欧洲", "151", "Eastern Europe", "东欧"],
    ["VAT", "Europe", "欧洲", "039", "Southern Europe", "南欧"],
    ["FJI", "Oceania", "大洋洲", "054", "Melanesia", "美拉尼西亚"],
  ])(
    "places %s in %s / %s",
    (iso3, regionEn, regionZh, subM49, subEn, subZh) => {
      const c = country(iso3);
      expect(c.region.name.en).toBe(regionEn);
      expect(c.region.name.zh).toBe(regionZh);
      expect(c.subregion.m49).toBe(subM49);
      expect(c.subregion.name.en).toBe(subEn);
      expect(c.subregion.name.zh).toBe(subZh);
    },
  );

  it("keeps the M49 parent of intermediate regions", () => {
    const eastAfrica = M49_SUBREGIONS.find((s) => s.m49 === "014");
    expect(eastAfrica?.parent?.name.en).toBe("Sub-Saharan Africa");
    const southAmerica = M49_SUBREGIONS.find((s) => s.m49 === "005");
    expect(southAmerica?.parent?.m49).toBe("419");
  });
});

describe("UN regional groups", () => {
  const groupSize = (group: UnGroup) =>
    members.filter((c) => c.unGroup === group).length;

  it("has the group sizes counted for electoral purposes", () => {
    expect(groupSize("african")).toBe(54);
    // 54 since Kiribati, long outside every group, joined the Asia-Pacific Group.
    expect(groupSize("asia_pacific")).toBe(54);
    expect(groupSize("eastern_european")).toBe(23);
    expect(groupSize("latin_american_caribbean")).toBe(33);
    // 28 members plus the United States.
    expect(groupSize("weog")).toBe(29);
  });

  it("assigns every member state to a group", () => {
    expect(members.filter((c) => c.unGroup === null)).toEqual([]);
  });

  it.each([
    ["USA", "weog"],
    ["TUR", "weog"],
    ["ISR", "weog"],
    ["AUS", "weog"],
    ["NZL", "weog"],
    ["KIR", "asia_pacific"],
    ["CYP", "asia_pacific"],
    ["KAZ", "asia_pacific"],
    ["GEO", "eastern_european"],
    ["RUS", "eastern_european"],
    ["MEX", "latin_american_caribbean"],
    ["EGY", "african"],
    ["PSE", "asia_pacific"],
    ["VAT", null],
  ] as const)("puts %s in %s", (iso3, group) => {
    expect(country(iso3).unGroup).toBe(group);
  });
});
