// Answers of the public API in the request's language (decision 030). The services hand out every
// localized field as a map of languages (`{ zh, en, fr, … }`); the API keeps that shape but narrows each
// map to the one entry a reader of the requested language gets — its own language, or the nearest
// fallback — so the key always says which language the text is in: `?lang=fr` gives
// `"name": { "fr": "République de Corée" }`, and a measure not yet translated gives `{ "en": "…" }`.
import { NextResponse } from "next/server";
import { isLocale, LOCALES, type Locale } from "~/db/locales";
import { pickText, type LocalizedText } from "~/db/localized-text";
import { serverTranslator } from "~/server/i18n/translator";
import type { RequestLanguage } from "./request-language";

/** A localized map: a plain object whose keys are all UN language codes and whose values are text. */
export function isLocalizedMap(value: unknown): value is LocalizedText {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([key, text]) => isLocale(key) && (typeof text === "string" || text === undefined));
}

/** The body with every localized map narrowed to the entry a reader of `locale` sees. */
export function inLanguage(value: unknown, locale: Locale): unknown {
  if (Array.isArray(value)) return value.map((item) => inLanguage(item, locale));
  if (isLocalizedMap(value)) {
    const picked = pickText(value, locale);
    return picked.lang ? { [picked.lang]: picked.text } : {};
  }
  if (typeof value === "object" && value !== null && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, inLanguage(item, locale)]));
  }
  return value;
}

/** What every language-negotiated answer says about its language, including a 304. */
export function languageHeaders(locale: Locale): Record<string, string> {
  return { "Content-Language": locale, Vary: "Accept-Language" };
}

/** `?lang=` named a language the API does not answer in: a 400 naming the parameter and the choices. */
export function badLanguageResponse(language: Extract<RequestLanguage, { ok: false }>): Response {
  const t = serverTranslator(language.locale);
  const message = t("apiLanguage.unsupported", { value: language.value.slice(0, 40), supported: LOCALES.join(", ") });
  return NextResponse.json(
    { error: "VALIDATION", message, fieldErrors: { lang: [message] } },
    { status: 400, headers: languageHeaders(language.locale) },
  );
}
