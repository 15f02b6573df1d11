"use client";
// The small label beside a text shown in another language than the page's ("shown in English").
// A client component taking only the language, so the many titles of a list (38 untranslated steps
// for parliamentarians, twice: HTML and RSC payload) do not each carry the label, its explanation
// and a utility class string (decision 035); the `localized` messages are always on the client.
import { useTranslations } from "next-intl";
import type { Locale } from "~/db/locales";
import "./shown-in-badge.css";

export function ShownInBadge({ lang }: { lang: Locale }) {
  const t = useTranslations("localized");
  const language = t(`languageNames.${lang}`);
  return (
    <span className="shown-in" title={t("shownInTitle", { language })}>
      {t("shownIn", { language })}
    </span>
  );
}
