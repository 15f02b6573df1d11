// The lang attribute and direction of text written in one of the six languages.
import { localeDirection, type Locale } from "~/db/locales";

export function textAttributes(locale: Locale): { lang: string; dir: "rtl" | "ltr" } {
  return { lang: locale === "zh" ? "zh-CN" : locale, dir: localeDirection(locale) };
}
