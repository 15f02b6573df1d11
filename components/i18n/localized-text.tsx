// Shows a localized text in the page's language, or in the nearest language that has it. Text shown
// in another language than the page's carries its own `lang` (and `dir` for Arabic), so screen
// readers and fonts switch, and a small visible label says which language it is (decision 027).
// Works in server and client components alike (the `localized` namespace is always sent).
import { useLocale } from "next-intl";
import type { ReactNode } from "react";
import { pickText, type LocalizedText as Text } from "~/db/localized-text";
import { asLocale } from "~/db/localized-text-ops";
import { PickedText } from "./picked-text";

interface Props {
  text: Text | null | undefined;
  /** Shown when no language has any text (a slug, a type name…). */
  fallback?: ReactNode;
}

export function LocalizedText({ text, fallback = null }: Props) {
  const locale = asLocale(useLocale());
  const picked = pickText(text, locale);
  if (!picked.lang) return <>{fallback}</>;
  return <PickedText text={picked.text} lang={picked.lang === locale ? undefined : picked.lang} />;
}
