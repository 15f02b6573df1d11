// Content written in any of the six languages: one map per field (`{ zh: "…", en: "…", fr: "…" }`),
// stored as jsonb. A missing or blank entry means "not translated yet"; readers fall back along
// `fallbackOrder` and the page marks text shown in another language than its own (decision 027).
import { fallbackOrder, LOCALES, type Locale } from "./locales";

export type LocalizedText = Partial<Record<Locale, string>>;

export interface PickedText {
  text: string;
  /** The language the text is actually in; null when no language has any text. */
  lang: Locale | null;
}

const present = (value: string | undefined): value is string => typeof value === "string" && value.trim() !== "";

/** The text for a reader of `locale`, falling back to the nearest language that has one. */
export function pickText(value: LocalizedText | null | undefined, locale: Locale): PickedText {
  if (value) for (const lang of fallbackOrder(locale)) if (present(value[lang])) return { text: value[lang], lang };
  return { text: "", lang: null };
}

/** Just the string, for places that cannot mark a language (a `<title>`, a CSV cell, an email subject). */
export function textIn(value: LocalizedText | null | undefined, locale: Locale): string {
  return pickText(value, locale).text;
}

/** The languages a text has no translation in yet, in the UN's order (the editor lists them). */
export function missingLocales(value: LocalizedText | null | undefined): Locale[] {
  return LOCALES.filter((lang) => !present(value?.[lang]));
}
