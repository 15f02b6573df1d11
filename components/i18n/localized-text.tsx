// Shows a localized text in the page's language, or in the nearest language that has it. Text shown
// in another language than the page's carries its own `lang` (and `dir` for Arabic), so screen
// readers and fonts switch, and a small visible label says which language it is (decision 027).
// Works in server and client components alike (the `localized` namespace is always sent).
import { useLocale } from "next-intl";
import type { ReactNode } from "react";
import { localeDirection } from "~/db/locales";
import { pickText, type LocalizedText as Text } from "~/db/localized-text";
import { asLocale } from "~/db/localized-text-ops";
import { ShownInBadge } from "./shown-in-badge";

interface Props {
  text: Text | null | undefined;
  /** Shown when no language has any text (a slug, a type name…). */
  fallback?: ReactNode;
}

export function LocalizedText({ text, fallback = null }: Props) {
  const locale = asLocale(useLocale());
  const picked = pickText(text, locale);
  if (!picked.lang) return <>{fallback}</>;
  if (picked.lang === locale) return <>{picked.text}</>;
  return (
    <>
      <span lang={picked.lang} dir={localeDirection(picked.lang)}>
        {picked.text}
      </span>{" "}
      <ShownInBadge lang={picked.lang} />
    </>
  );
}
