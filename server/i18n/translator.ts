// Translations outside a React render (emails, logs shown to users), from the same message files.
import { createTranslator } from "use-intl/core";
import en from "./messages/en.json";
import zh from "./messages/zh.json";

export const messagesByLocale = { zh, en } as const;
export type Locale = keyof typeof messagesByLocale;

export function serverTranslator(locale: Locale) {
  return createTranslator({ locale, messages: messagesByLocale[locale] });
}
