// The five UN regional groups: the reviewed six-language names (decision 030) and the interface's
// catalogue keys `countries.groups.*` must say the same thing. A catalogue still in English (not yet
// translated) is skipped for that language; once translated it must use the UN's name.
import { describe, expect, it } from "vitest";
import { LOCALES } from "~/db/locales";
import { UN_GROUP_NAMES } from "~/db/seed/reference";
import { messagesByLocale } from "~/server/i18n/translator";

const groups = Object.keys(UN_GROUP_NAMES) as (keyof typeof UN_GROUP_NAMES)[];
const catalogue = (locale: (typeof LOCALES)[number]) =>
  (messagesByLocale[locale] as unknown as { countries: { groups: Record<string, string> } }).countries.groups;

describe("UN regional group names", () => {
  it("name all five groups in the six languages", () => {
    expect(groups.sort()).toEqual(["african", "asia_pacific", "eastern_european", "latin_american_caribbean", "weog"]);
    for (const group of groups) for (const locale of LOCALES) expect(UN_GROUP_NAMES[group][locale].trim(), `${group} ${locale}`).not.toBe("");
  });

  it.each(LOCALES)("agree with the %s catalogue once it is translated", (locale) => {
    for (const group of groups) {
      const shown = catalogue(locale)[group];
      if (locale !== "en" && shown === catalogue("en")[group]) continue;
      expect(shown, group).toBe(UN_GROUP_NAMES[group][locale]);
    }
  });
});
