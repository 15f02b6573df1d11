import { describe, expect, it } from "vitest";

import {
  COUNTRIES,
  COUNTRY_BY_ISO3,
  REGIONAL_ORGANIZATIONS,
  REGIONAL_ORGANIZATION_BY_SLUG,
} from "~/db/seed/reference";
import { LOCALES } from "~/db/locales";

const HAN = /\p{Script=Han}/u;

function members(slug: string): readonly string[] {
  const org = REGIONAL_ORGANIZATION_BY_SLUG.get(slug);
  if (!org) throw new Error(`${slug} missing from REGIONAL_ORGANIZATIONS`);
  return org.members;
}

describe("REGIONAL_ORGANIZATIONS", () => {
  it("has unique, URL-safe slugs", () => {
    const slugs = REGIONAL_ORGANIZATIONS.map((o) => o.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  it("includes the organisations the design names", () => {
    for (const slug of [
      "au",
      "ecowas",
      "sadc",
      "eac",
      "igad",
      "eccas",
      "icglr",
      "las",
      "eu",
      "osce",
      "coe",
      "oas",
      "asean",
      "pif",
    ]) {
      expect(REGIONAL_ORGANIZATION_BY_SLUG.has(slug), slug).toBe(true);
    }
  });

  it("names every organisation in the six languages, each in its own script", () => {
    for (const org of REGIONAL_ORGANIZATIONS) {
      for (const locale of LOCALES) expect(org.name[locale].trim(), `${org.slug} ${locale}`).not.toBe("");
      expect(org.acronym.en.trim(), org.slug).not.toBe("");
      expect(org.name.zh, org.slug).toMatch(HAN);
      expect(org.name.ar, org.slug).toMatch(/\p{Script=Arabic}/u);
      expect(org.name.ru, org.slug).toMatch(/\p{Script=Cyrillic}/u);
      if (org.acronym.zh !== undefined) expect(org.acronym.zh, org.slug).toMatch(HAN);
      if (org.acronym.ru !== undefined) expect(org.acronym.ru, org.slug).toMatch(/\p{Script=Cyrillic}/u);
    }
  });

  it.each([
    ["au", "fr", "UA", "Union africaine"],
    ["eu", "es", "UE", "Unión Europea"],
    ["oas", "es", "OEA", "Organización de los Estados Americanos"],
    ["asean", "ru", "АСЕАН", "Ассоциация государств Юго-Восточной Азии"],
    ["las", "ar", undefined, "جامعة الدول العربية"],
  ] as const)("names %s in %s", (slug, locale, acronym, name) => {
    const org = REGIONAL_ORGANIZATION_BY_SLUG.get(slug)!;
    expect(org.acronym[locale]).toBe(acronym);
    expect(org.name[locale]).toBe(name);
  });

  it("lists only known countries, each once", () => {
    for (const org of REGIONAL_ORGANIZATIONS) {
      expect(new Set(org.members).size, org.slug).toBe(org.members.length);
      for (const iso3 of org.members)
        expect(COUNTRY_BY_ISO3.has(iso3), `${org.slug}: ${iso3}`).toBe(true);
    }
  });

  it.each([
    ["au", 54],
    ["ecowas", 12],
    ["sadc", 16],
    ["eac", 8],
    ["igad", 7],
    ["eccas", 11],
    ["icglr", 12],
    ["las", 22],
    ["eu", 27],
    ["osce", 57],
    ["coe", 46],
    ["oas", 34],
    ["asean", 11],
    ["pif", 14],
  ])("%s has %i UN-state members", (slug, count) => {
    expect(members(slug)).toHaveLength(count);
  });

  it("gives the AU every African UN member state", () => {
    const africa = COUNTRIES.filter((c) => c.region.name.en === "Africa").map(
      (c) => c.iso3,
    );
    expect([...members("au")].sort()).toEqual([...africa].sort());
  });

  it("gives the Pacific Islands Forum every Oceanian UN member state", () => {
    const oceania = COUNTRIES.filter((c) => c.region.name.en === "Oceania").map(
      (c) => c.iso3,
    );
    expect([...members("pif")].sort()).toEqual([...oceania].sort());
  });

  it("reflects membership changes up to 2026", () => {
    for (const iso3 of ["MLI", "BFA", "NER"])
      expect(members("ecowas")).not.toContain(iso3);
    expect(members("eac")).toEqual(
      expect.arrayContaining(["SSD", "COD", "SOM"]),
    );
    expect(members("igad")).not.toContain("ERI");
    expect(members("las")).toEqual(expect.arrayContaining(["SYR", "PSE"]));
    expect(members("coe")).not.toContain("RUS");
    expect(members("coe")).not.toContain("BLR");
    expect(members("osce")).toEqual(
      expect.arrayContaining(["VAT", "MNG", "USA", "CAN", "RUS"]),
    );
    expect(members("oas")).not.toContain("NIC");
    expect(members("oas")).toEqual(
      expect.arrayContaining(["CUB", "VEN", "USA", "CAN"]),
    );
    expect(members("asean")).toContain("TLS");
  });

  it("keeps EU members inside the OSCE and the Council of Europe", () => {
    for (const iso3 of members("eu")) {
      expect(members("osce"), iso3).toContain(iso3);
      expect(members("coe"), iso3).toContain(iso3);
    }
  });
});
