// A localized text in a table: one column per UN language (`title_ar` … `title_es`), empty where the
// text has no translation yet (decision 027). Open-data CSVs and the records export share the shape.
import { LOCALES } from "~/db/locales";
import type { LocalizedText } from "~/db/localized-text";
import type { TableField } from "./table-schema";

const LANGUAGE_NAMES = { ar: "Arabic", zh: "Chinese", en: "English", fr: "French", ru: "Russian", es: "Spanish" } as const;

/** The six fields of a localized column, described in English like the rest of the data package. */
export function localizedFields(base: string, what: string): TableField[] {
  return LOCALES.map((lang) => ({ name: `${base}_${lang}`, type: "string" as const, description: `${what} in ${LANGUAGE_NAMES[lang]}` }));
}

/** The six cells of a localized column, keyed like `localizedFields`. */
export function localizedCells(base: string, text: LocalizedText): Record<string, string> {
  return Object.fromEntries(LOCALES.map((lang) => [`${base}_${lang}`, text[lang] ?? ""]));
}
