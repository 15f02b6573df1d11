// Reads the vendored UNSD M49 tables (db/seed/reference/unsd-m49/UNSD-<lang>.csv), one per UN language.
// Shared by the generator (`npm run names:m49`) and the test that checks the generated names against them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Locale } from "~/db/locales";
import { parseCsv } from "~/server/csv/rfc4180";

export const UNSD_M49_DIR = join(process.cwd(), "db/seed/reference/unsd-m49");

/** UNSD names its Chinese edition `cn`; every other file is named by its language code. */
export const UNSD_FILE_SUFFIX: Record<Locale, string> = { ar: "ar", zh: "cn", en: "en", fr: "fr", ru: "ru", es: "es" };

export interface UnsdRow {
  regionCode: string;
  regionName: string;
  subregionCode: string;
  subregionName: string;
  intermediateCode: string;
  intermediateName: string;
  countryName: string;
  m49: string;
  iso2: string;
  iso3: string;
}

// The header is the same (in English) in all six files; we address columns by it, not by position.
const COLUMNS = {
  regionCode: "Region Code",
  regionName: "Region Name",
  subregionCode: "Sub-region Code",
  subregionName: "Sub-region Name",
  intermediateCode: "Intermediate Region Code",
  intermediateName: "Intermediate Region Name",
  countryName: "Country or Area",
  m49: "M49 Code",
  iso2: "ISO-alpha2 Code",
  iso3: "ISO-alpha3 Code",
} as const satisfies Record<keyof UnsdRow, string>;

export function parseUnsdTable(text: string): UnsdRow[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new Error("empty UNSD table");
  const at = Object.fromEntries(
    Object.entries(COLUMNS).map(([key, title]) => {
      const index = header.indexOf(title);
      if (index < 0) throw new Error(`UNSD table has no column "${title}"`);
      return [key, index];
    }),
  ) as Record<keyof UnsdRow, number>;
  return rows
    .filter((fields) => fields.some((f) => f !== ""))
    .map((fields) => Object.fromEntries(Object.entries(at).map(([key, i]) => [key, fields[i] ?? ""])) as unknown as UnsdRow);
}

export function readUnsdTable(locale: Locale, dir = UNSD_M49_DIR): UnsdRow[] {
  return parseUnsdTable(readFileSync(join(dir, `UNSD-${UNSD_FILE_SUFFIX[locale]}.csv`), "utf8"));
}
