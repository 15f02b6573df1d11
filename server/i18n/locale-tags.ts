// How each of the six route locales is written where the web platform wants a language: the `lang`
// attribute and hreflang (BCP 47), `dir`, and the tag `Intl` formatters are built from. One table, so
// the document, the language bar, the embeds and the formatters cannot disagree (decision 028).
// Safe in client components: no server-only imports.
import { isLocale, LOCALES, localeDirection, type Locale } from "~/db/locales";

/**
 * BCP 47 tags for `lang=` and `hreflang=`. Chinese is written `zh-CN` (simplified script, the UN's
 * Chinese) as it always has been here; the others need no region.
 */
const LANGUAGE_TAGS: Record<Locale, string> = { ar: "ar", zh: "zh-CN", en: "en", fr: "fr", ru: "ru", es: "es" };

/**
 * Tags for `Intl.*`. Arabic asks for Western digits (`-u-nu-latn`) explicitly: UN Arabic documents
 * write paragraph numbers, symbols (A/77/910) and years in Western digits, and engines disagree on the
 * default for a bare `ar` (recent CLDR says Latin, older Safari and `ar-EG` say Arabic-Indic).
 */
const INTL_TAGS: Record<Locale, string> = { ...LANGUAGE_TAGS, ar: "ar-u-nu-latn" };

/** The value of `lang=` / `hreflang=` for a route locale. */
export function languageTag(locale: Locale): string {
  return LANGUAGE_TAGS[locale];
}

/** The locale argument for `new Intl.NumberFormat(…)`, `DateTimeFormat`, `Collator` and the rest. */
export function intlLocale(locale: Locale): string {
  return INTL_TAGS[locale];
}

/** `lang` and `dir` together, ready to spread onto `<html>` or any element holding one language. */
export function documentLanguage(locale: Locale): { lang: string; dir: "rtl" | "ltr" } {
  return { lang: LANGUAGE_TAGS[locale], dir: localeDirection(locale) };
}

/** Same, for a string that may not be a route locale (a URL segment, a stored preference). */
export function documentLanguageOf(value: string | null | undefined, fallback: Locale): { lang: string; dir: "rtl" | "ltr" } {
  return documentLanguage(isLocale(value) ? value : fallback);
}

/**
 * The `hreflang` map for one page: every locale's address of the same path, plus `x-default` for
 * readers whose language we do not serve (the root redirect picks one from their browser).
 */
export function hreflangAlternates(baseUrl: string, path: string): Record<string, string> {
  const base = baseUrl.replace(/\/$/, "");
  const links: Record<string, string> = {};
  for (const locale of LOCALES) links[LANGUAGE_TAGS[locale]] = `${base}/${locale}${path}`;
  links["x-default"] = `${base}${path || "/"}`;
  return links;
}

/** Locale from the first path segment (`/ar/countries` → "ar"), or null. */
export function localeOfPath(pathname: string): Locale | null {
  const first = pathname.split("/")[1];
  return isLocale(first) ? first : null;
}
