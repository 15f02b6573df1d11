// The six official languages of the United Nations, in the UN's own order (Arabic, Chinese, English,
// French, Russian, Spanish). Everything that varies by language — routes, message catalogues, localized
// content columns, the language bar — is keyed by this list. It lives in the bottom layer because the
// database schema types its localized-text columns with it (decision 027).
export const LOCALES = ["ar", "zh", "en", "fr", "ru", "es"] as const;
export type Locale = (typeof LOCALES)[number];

/** The coalition's working language and the language of the seeded reference documents. */
export const DEFAULT_LOCALE: Locale = "zh";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function localeDirection(locale: Locale): "rtl" | "ltr" {
  return locale === "ar" ? "rtl" : "ltr";
}

/**
 * Where to look when content is missing in the reader's language: their own, then English (the
 * coalition's lingua franca), then Chinese (the language the reference documents were seeded in), then
 * the rest in the UN's order.
 */
export function fallbackOrder(locale: Locale): readonly Locale[] {
  const order: Locale[] = [locale];
  for (const next of ["en", "zh", ...LOCALES] as const) if (!order.includes(next)) order.push(next);
  return order;
}
