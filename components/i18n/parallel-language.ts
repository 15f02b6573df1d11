// Measures and states carry a second, smaller title under the reader's own: the Chinese text the
// source documents were written in, so every reader can match a measure to its paragraph — or, for a
// reader of Chinese, the English, the coalition's working language. One rule for every page.
import type { Locale } from "~/db/locales";

export function parallelLanguage(locale: Locale): Locale {
  return locale === "zh" ? "en" : "zh";
}
