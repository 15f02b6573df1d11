// The language bar: the six UN languages in the UN's order (عربي · 中文 · English · Français ·
// Русский · Español), each written in its own script and marked with its own `lang`, each linking
// to the page being read in that language. Replaces the old two-language switcher (decision 028).
// Server part: each name comes from that language's own catalogue, so it cannot drift from the
// name the language uses for itself; the links are a client island (they need the current path).
import { getLocale, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { LOCALES } from "~/db/locales";
import { messagesByLocale } from "~/server/i18n/translator";
import { LanguageLinks, LanguageLinksKeepingQuery, type LanguageChoice } from "./language-links";
import { languageTag } from "~/server/i18n/locale-tags";

/** Each language's name for itself, in the UN's order. */
export function languageChoices(): LanguageChoice[] {
  return LOCALES.map((locale) => ({ locale, tag: languageTag(locale), name: messagesByLocale[locale].languages[locale] }));
}

export async function LanguageBar() {
  const t = await getTranslations("nav");
  const current = await getLocale();
  const choices = languageChoices();
  const label = t("language");
  // Without the query the links still keep the page; the fallback is also what a static page's HTML
  // carries, so the bar works before (and without) JavaScript.
  return (
    <Suspense fallback={<LanguageLinks label={label} current={current} choices={choices} />}>
      <LanguageLinksKeepingQuery label={label} current={current} choices={choices} />
    </Suspense>
  );
}
