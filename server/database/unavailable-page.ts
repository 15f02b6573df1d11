// The page every page request gets while the database is unreachable (issue 16): 503 with
// Retry-After, in the reader's language, plain enough to need nothing from the database or the app's
// layout. Answered by the proxy (proxy.ts), before any rendering starts.
import { RETRY_AFTER_SECONDS } from "~/db/availability";
import { DEFAULT_LOCALE, type Locale } from "~/db/locales";
import { documentLanguage, localeOfPath } from "~/server/i18n/locale-tags";
import ar from "~/server/i18n/messages/errors/ar.json";
import en from "~/server/i18n/messages/errors/en.json";
import es from "~/server/i18n/messages/errors/es.json";
import fr from "~/server/i18n/messages/errors/fr.json";
import ru from "~/server/i18n/messages/errors/ru.json";
import zh from "~/server/i18n/messages/errors/zh.json";

// Only the three strings this page needs, from the base catalogues (not the whole translator).
const ERRORS: Record<Locale, typeof en.errors> = { ar: ar.errors, zh: zh.errors, en: en.errors, fr: fr.errors, ru: ru.errors, es: es.errors };

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** In the language of the address (`/fr/…` is French); a bare path gets the default language. */
export function unavailablePage(pathname: string): Response {
  const locale = localeOfPath(pathname) ?? DEFAULT_LOCALE;
  const messages = { errors: ERRORS[locale] };
  const { lang, dir } = documentLanguage(locale);
  const body = [
    "<!doctype html>",
    `<html lang="${lang}" dir="${dir}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escape(messages.errors.unavailableTitle)}</title></head>`,
    `<body><main role="alert"><h1>${escape(messages.errors.unavailableTitle)}</h1>`,
    `<p>${escape(messages.errors.unavailableLead)}</p>`,
    `<p><a href="${escape(pathname)}">${escape(messages.errors.retry)}</a></p></main></body></html>`,
  ].join("\n");
  return new Response(body, {
    status: 503,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Retry-After": String(RETRY_AFTER_SECONDS),
      "Cache-Control": "no-store",
    },
  });
}
