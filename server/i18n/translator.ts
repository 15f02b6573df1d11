// Translations outside a React render (emails, logs shown to users), from the same message files.
import { createTranslator } from "use-intl/core";
import en from "./messages/en.json";
import zh from "./messages/zh.json";

export const messagesByLocale = { zh, en } as const;
export type Locale = keyof typeof messagesByLocale;

export function serverTranslator(locale: Locale) {
  return createTranslator({ locale, messages: messagesByLocale[locale] });
}

/** A message by a key only known at run time (e.g. named in a zod schema); null when absent. */
export function lookupMessage(locale: Locale, key: string): string | null {
  const t = createTranslator({ locale, messages: messagesByLocale[locale] as Record<string, unknown> });
  return t.has(key as never) ? t(key as never) : null;
}
