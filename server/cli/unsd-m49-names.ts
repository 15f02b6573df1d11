// Folds the six UNSD M49 tables into names per ISO alpha-3 and per M49 area code, checking that the six
// editions agree on the codes (a row missing in one language, or an area named two ways, is an error).
import { LOCALES, type Locale } from "~/db/locales";
import type { UnsdRow } from "./unsd-m49-table";

export type SixNames = Record<Locale, string>;

export interface UnM49Names {
  countries: Record<string, SixNames>;
  areas: Record<string, SixNames>;
}

function put(target: Record<string, Partial<SixNames>>, key: string, locale: Locale, name: string, what: string) {
  const entry = (target[key] ??= {});
  const clean = name.trim();
  if (clean === "") throw new Error(`UNSD ${locale}: empty name for ${what} ${key}`);
  if (entry[locale] !== undefined && entry[locale] !== clean)
    throw new Error(`UNSD ${locale}: ${what} ${key} is named both "${entry[locale]}" and "${clean}"`);
  entry[locale] = clean;
}

function complete(map: Record<string, Partial<SixNames>>, what: string): Record<string, SixNames> {
  for (const [key, names] of Object.entries(map))
    for (const locale of LOCALES) if (!names[locale]) throw new Error(`UNSD ${locale}: no name for ${what} ${key}`);
  return map as Record<string, SixNames>;
}

export function buildUnM49Names(tables: Record<Locale, readonly UnsdRow[]>): UnM49Names {
  const countries: Record<string, Partial<SixNames>> = {};
  const areas: Record<string, Partial<SixNames>> = {};
  for (const locale of LOCALES) {
    for (const row of tables[locale]) {
      // A few rows (e.g. Sark) have an M49 code but no ISO code: nothing in the tracker can refer to them.
      if (row.iso3) put(countries, row.iso3, locale, row.countryName, "country");
      if (row.regionCode) put(areas, row.regionCode, locale, row.regionName, "region");
      if (row.subregionCode) put(areas, row.subregionCode, locale, row.subregionName, "sub-region");
      if (row.intermediateCode) put(areas, row.intermediateCode, locale, row.intermediateName, "intermediate region");
    }
  }
  return { countries: complete(countries, "country"), areas: complete(areas, "area") };
}
