// Small operations on localized texts that services share (decision 027). Kept apart from
// db/localized-text.ts, which is the reading side (pickText, textIn, missingLocales).
import { DEFAULT_LOCALE, LOCALES, type Locale } from "./locales";
import type { LocalizedText } from "./localized-text";

/** The same text with `fn` applied in every language present (e.g. "A/63/677 ¶12" per language). */
export function mapText(text: LocalizedText, fn: (value: string, lang: Locale) => string): LocalizedText {
  const out: LocalizedText = {};
  for (const lang of LOCALES) {
    const value = text[lang];
    if (value) out[lang] = fn(value, lang);
  }
  return out;
}

/** Every language's text, in the UN's order, one per line: search tokens and snippets cover them all. */
export function allText(...texts: LocalizedText[]): string {
  return texts.flatMap((text) => LOCALES.map((lang) => text[lang]).filter((v): v is string => !!v)).join("\n");
}

/** The map for the old Chinese/English pair (CSV import of old columns, seeds), blanks left out. */
export function fromZhEn(zh: string | null | undefined, en: string | null | undefined): LocalizedText {
  const out: LocalizedText = {};
  if (zh?.trim()) out.zh = zh.trim();
  if (en?.trim()) out.en = en.trim();
  return out;
}

/** `text` with the author's language set to `value` and every other language kept (forms in one language). */
export function withText(text: LocalizedText, lang: Locale, value: string): LocalizedText {
  const out: LocalizedText = { ...text };
  if (value.trim()) out[lang] = value.trim();
  else delete out[lang];
  return out;
}

/** A route's `[locale]` segment as a Locale (the middleware only routes the six; anything else reads as the default). */
export function asLocale(value: string): Locale {
  return (LOCALES as readonly string[]).includes(value) ? (value as Locale) : DEFAULT_LOCALE;
}
