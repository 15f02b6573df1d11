// Names of states, M49 areas and regional organisations as services hand them out: every one of the six
// languages present (a language the database lacks is filled along the fallback order, so `name[locale]`
// is always a string). The stored maps come from the UN's tables and are complete (decision 030); the
// fill only matters for a database migrated but not yet re-seeded, or an acronym a language lacks.
import { z } from "zod";
import { isLocale, LOCALES, type Locale } from "~/db/locales";
import { textIn, type LocalizedText } from "~/db/localized-text";

export const ZLocalizedNameSchema = z
  .object({ ar: z.string(), zh: z.string(), en: z.string(), fr: z.string(), ru: z.string(), es: z.string() })
  .meta({
    description: "A name in the six UN languages",
    examples: [
      { ar: "جمهورية كوريا", zh: "大韩民国", en: "Republic of Korea", fr: "République de Corée", ru: "Республика Корея", es: "República de Corea" },
    ],
  });
export type TLocalizedName = Record<Locale, string>;

export function everyLocale(value: LocalizedText | null | undefined): TLocalizedName {
  return Object.fromEntries(LOCALES.map((locale) => [locale, textIn(value, locale)])) as TLocalizedName;
}

/** The name for a page of route locale `locale` (a route parameter, hence a plain string). */
export function nameIn(name: TLocalizedName, locale: string): string {
  return name[isLocale(locale) ? locale : "en"];
}
