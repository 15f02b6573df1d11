// Translations outside a React render (emails, logs shown to users), from the same message files.
// Each big area keeps its namespaces in its own pair of files (messages/<area>/{zh,en}.json) so the
// base files stay readable; they are merged here, and a test checks no namespace is defined twice.
import { createTranslator } from "use-intl/core";
import actionsEn from "./messages/actions/en.json";
import actionsZh from "./messages/actions/zh.json";
import atlasEn from "./messages/atlas/en.json";
import atlasZh from "./messages/atlas/zh.json";
import collaborationEn from "./messages/collaboration/en.json";
import collaborationZh from "./messages/collaboration/zh.json";
import en from "./messages/en.json";
import followsEn from "./messages/follows/en.json";
import followsZh from "./messages/follows/zh.json";
import historyEn from "./messages/history/en.json";
import historyZh from "./messages/history/zh.json";
import formsEn from "./messages/forms/en.json";
import formsZh from "./messages/forms/zh.json";
import openDataEn from "./messages/open-data/en.json";
import openDataZh from "./messages/open-data/zh.json";
import progressEn from "./messages/progress/en.json";
import progressZh from "./messages/progress/zh.json";
import twoFactorEn from "./messages/two-factor/en.json";
import twoFactorZh from "./messages/two-factor/zh.json";
import zh from "./messages/zh.json";

export const messageFiles = {
  zh: [zh, actionsZh, collaborationZh, progressZh, atlasZh, twoFactorZh, followsZh, historyZh, formsZh, openDataZh],
  en: [en, actionsEn, collaborationEn, progressEn, atlasEn, twoFactorEn, followsEn, historyEn, formsEn, openDataEn],
} as const;

export const messagesByLocale = {
  zh: { ...zh, ...actionsZh, ...collaborationZh, ...progressZh, ...atlasZh, ...twoFactorZh, ...followsZh, ...historyZh, ...formsZh, ...openDataZh },
  en: { ...en, ...actionsEn, ...collaborationEn, ...progressEn, ...atlasEn, ...twoFactorEn, ...followsEn, ...historyEn, ...formsEn, ...openDataEn },
} as const;
export type Locale = keyof typeof messagesByLocale;

export function serverTranslator(locale: Locale) {
  return createTranslator({ locale, messages: messagesByLocale[locale] });
}

/** A message by a key only known at run time (e.g. named in a zod schema); null when absent. */
export function lookupMessage(locale: Locale, key: string): string | null {
  const t = createTranslator({ locale, messages: messagesByLocale[locale] as Record<string, unknown> });
  return t.has(key as never) ? t(key as never) : null;
}
