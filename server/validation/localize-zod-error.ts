// Zod issues, field by field, in the user's language — forms show them beside their field.
// A schema can name its own message with a key under `validation.` in the message files
// (e.g. `.regex(re, { error: "validation.slug" })`); anything else gets zod's own localised text.
import type { Locale } from "~/db/locales";
import { z, type ZodError } from "zod";
import { lookupMessage } from "~/server/i18n/translator";

const localeErrors: Record<Locale, ReturnType<typeof z.locales.en>["localeError"]> = {
  ar: z.locales.ar().localeError,
  zh: z.locales.zhCN().localeError,
  en: z.locales.en().localeError,
  fr: z.locales.fr().localeError,
  ru: z.locales.ru().localeError,
  es: z.locales.es().localeError,
};

export type FieldErrors = Record<string, string[]>;

export function localizeZodError(error: ZodError, locale: Locale): FieldErrors {
  // A Map, then an object with own properties only: field paths come from the input's keys, and a
  // plain object would answer `out["constructor"]` with an inherited function.
  const out = new Map<string, string[]>();
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.join(".") : "_form";
    let message = /^(validation|localized)\./.test(issue.message) ? lookupMessage(locale, issue.message) : null;
    if (message === null) {
      const localized = localeErrors[locale](issue as never);
      message = typeof localized === "string" ? localized : (localized?.message ?? issue.message);
    }
    out.set(field, [...(out.get(field) ?? []), message]);
  }
  return Object.fromEntries(out);
}
