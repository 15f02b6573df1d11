// Translations outside a React render (emails, logs shown to users), from the same message files.
// Each big area keeps its namespaces in its own set of files (messages/<area>/<locale>.json) so the
// base files stay readable; they are merged here, and a test checks no namespace is defined twice.
import { createTranslator } from "use-intl/core";
import type { Locale } from "~/db/locales";
import actionsAr from "./messages/actions/ar.json";
import actionsEn from "./messages/actions/en.json";
import actionsEs from "./messages/actions/es.json";
import actionsFr from "./messages/actions/fr.json";
import actionsRu from "./messages/actions/ru.json";
import actionsZh from "./messages/actions/zh.json";
import baseAr from "./messages/ar.json";
import atlasAr from "./messages/atlas/ar.json";
import atlasEn from "./messages/atlas/en.json";
import atlasEs from "./messages/atlas/es.json";
import atlasFr from "./messages/atlas/fr.json";
import atlasRu from "./messages/atlas/ru.json";
import atlasZh from "./messages/atlas/zh.json";
import collaborationAr from "./messages/collaboration/ar.json";
import collaborationEn from "./messages/collaboration/en.json";
import collaborationEs from "./messages/collaboration/es.json";
import collaborationFr from "./messages/collaboration/fr.json";
import collaborationRu from "./messages/collaboration/ru.json";
import collaborationZh from "./messages/collaboration/zh.json";
import documentVersionsAr from "./messages/document-versions/ar.json";
import documentVersionsEn from "./messages/document-versions/en.json";
import documentVersionsEs from "./messages/document-versions/es.json";
import documentVersionsFr from "./messages/document-versions/fr.json";
import documentVersionsRu from "./messages/document-versions/ru.json";
import documentVersionsZh from "./messages/document-versions/zh.json";
import baseEn from "./messages/en.json";
import baseEs from "./messages/es.json";
import followsAr from "./messages/follows/ar.json";
import followsEn from "./messages/follows/en.json";
import followsEs from "./messages/follows/es.json";
import followsFr from "./messages/follows/fr.json";
import followsRu from "./messages/follows/ru.json";
import followsZh from "./messages/follows/zh.json";
import formsAr from "./messages/forms/ar.json";
import formsEn from "./messages/forms/en.json";
import formsEs from "./messages/forms/es.json";
import formsFr from "./messages/forms/fr.json";
import formsRu from "./messages/forms/ru.json";
import formsZh from "./messages/forms/zh.json";
import baseFr from "./messages/fr.json";
import historyAr from "./messages/history/ar.json";
import historyEn from "./messages/history/en.json";
import historyEs from "./messages/history/es.json";
import historyFr from "./messages/history/fr.json";
import historyRu from "./messages/history/ru.json";
import historyZh from "./messages/history/zh.json";
import namesAr from "./messages/names/ar.json";
import namesEn from "./messages/names/en.json";
import namesEs from "./messages/names/es.json";
import namesFr from "./messages/names/fr.json";
import namesRu from "./messages/names/ru.json";
import namesZh from "./messages/names/zh.json";
import historyViewsAr from "./messages/history-views/ar.json";
import historyViewsEn from "./messages/history-views/en.json";
import historyViewsEs from "./messages/history-views/es.json";
import historyViewsFr from "./messages/history-views/fr.json";
import historyViewsRu from "./messages/history-views/ru.json";
import historyViewsZh from "./messages/history-views/zh.json";
import errorsAr from "./messages/errors/ar.json";
import errorsEn from "./messages/errors/en.json";
import errorsEs from "./messages/errors/es.json";
import errorsFr from "./messages/errors/fr.json";
import errorsRu from "./messages/errors/ru.json";
import errorsZh from "./messages/errors/zh.json";
import localizedAr from "./messages/localized/ar.json";
import localizedEn from "./messages/localized/en.json";
import localizedEs from "./messages/localized/es.json";
import localizedFr from "./messages/localized/fr.json";
import localizedRu from "./messages/localized/ru.json";
import localizedZh from "./messages/localized/zh.json";
import openDataAr from "./messages/open-data/ar.json";
import openDataEn from "./messages/open-data/en.json";
import openDataEs from "./messages/open-data/es.json";
import openDataFr from "./messages/open-data/fr.json";
import openDataRu from "./messages/open-data/ru.json";
import openDataZh from "./messages/open-data/zh.json";
import progressAr from "./messages/progress/ar.json";
import progressEn from "./messages/progress/en.json";
import progressEs from "./messages/progress/es.json";
import progressFr from "./messages/progress/fr.json";
import progressRu from "./messages/progress/ru.json";
import progressZh from "./messages/progress/zh.json";
import baseRu from "./messages/ru.json";
import twoFactorAr from "./messages/two-factor/ar.json";
import twoFactorEn from "./messages/two-factor/en.json";
import twoFactorEs from "./messages/two-factor/es.json";
import twoFactorFr from "./messages/two-factor/fr.json";
import twoFactorRu from "./messages/two-factor/ru.json";
import twoFactorZh from "./messages/two-factor/zh.json";
import baseZh from "./messages/zh.json";

/** Each locale's files: the base catalogue first, then one per area. */
export const messageFiles = {
  ar: [
    baseAr,
    actionsAr,
    collaborationAr,
    progressAr,
    atlasAr,
    twoFactorAr,
    followsAr,
    historyAr,
    formsAr,
    openDataAr,
    namesAr,
    historyViewsAr,
    documentVersionsAr,
    localizedAr,
    errorsAr,
  ],
  zh: [
    baseZh,
    actionsZh,
    collaborationZh,
    progressZh,
    atlasZh,
    twoFactorZh,
    followsZh,
    historyZh,
    formsZh,
    openDataZh,
    namesZh,
    historyViewsZh,
    documentVersionsZh,
    localizedZh,
    errorsZh,
  ],
  en: [
    baseEn,
    actionsEn,
    collaborationEn,
    progressEn,
    atlasEn,
    twoFactorEn,
    followsEn,
    historyEn,
    formsEn,
    openDataEn,
    namesEn,
    historyViewsEn,
    documentVersionsEn,
    localizedEn,
    errorsEn,
  ],
  fr: [
    baseFr,
    actionsFr,
    collaborationFr,
    progressFr,
    atlasFr,
    twoFactorFr,
    followsFr,
    historyFr,
    formsFr,
    openDataFr,
    namesFr,
    historyViewsFr,
    documentVersionsFr,
    localizedFr,
    errorsFr,
  ],
  ru: [
    baseRu,
    actionsRu,
    collaborationRu,
    progressRu,
    atlasRu,
    twoFactorRu,
    followsRu,
    historyRu,
    formsRu,
    openDataRu,
    namesRu,
    historyViewsRu,
    documentVersionsRu,
    localizedRu,
    errorsRu,
  ],
  es: [
    baseEs,
    actionsEs,
    collaborationEs,
    progressEs,
    atlasEs,
    twoFactorEs,
    followsEs,
    historyEs,
    formsEs,
    openDataEs,
    namesEs,
    historyViewsEs,
    documentVersionsEs,
    localizedEs,
    errorsEs,
  ],
} as const satisfies Record<Locale, readonly object[]>;

type Catalogue = (typeof messageFiles)["en"][number];
const merge = (files: readonly object[]) => Object.assign({}, ...files) as UnionToIntersection<Catalogue>;
type UnionToIntersection<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void
  ? I
  : never;

export const messagesByLocale = {
  ar: merge(messageFiles.ar),
  zh: merge(messageFiles.zh),
  en: merge(messageFiles.en),
  fr: merge(messageFiles.fr),
  ru: merge(messageFiles.ru),
  es: merge(messageFiles.es),
} as const satisfies Record<Locale, object>;
export type { Locale };

export function serverTranslator(locale: Locale) {
  return createTranslator({ locale, messages: messagesByLocale[locale] });
}

/** A message by a key only known at run time (e.g. named in a zod schema); null when absent. */
export function lookupMessage(locale: Locale, key: string): string | null {
  const t = createTranslator({ locale, messages: messagesByLocale[locale] as Record<string, unknown> });
  return t.has(key as never) ? t(key as never) : null;
}
