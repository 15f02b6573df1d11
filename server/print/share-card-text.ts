// The words and figures of the share images, in the page's language, from what countries.card and
// measures.countriesByStatus return (the components in components/open-data/share-card.tsx draw them).
import type { Locale } from "~/db/locales";
import { textIn } from "~/db/localized-text";
import { serverTranslator } from "~/server/i18n/translator";
import { intlLocale } from "~/server/i18n/locale-tags";
import { PROGRESS_STATUSES } from "~/server/progress/statuses";
import type { TCountryCard, TMeasureCountries } from "~/server/services/progress/country-table.types";

/** How many key measures a country's card lists (the image has room for five lines). */
const CARD_MEASURES = 5;
const ORDER = ["implemented", "in_progress", "committed", "regressed", "none"];

export function countryShareText(card: TCountryCard, locale: Locale) {
  const t = serverTranslator(locale);
  const measures = [...card.keyMeasures].sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status)).slice(0, CARD_MEASURES);
  return {
    brand: t("meta.title"),
    name: textIn(card.name, locale),
    scoreLabel: t("openData.share.score"),
    score: new Intl.NumberFormat(intlLocale(locale), { style: "percent", maximumFractionDigits: 0 }).format(card.overall),
    keyLabel: t("openData.share.keyMeasures"),
    measures: measures.map((m) => ({ title: textIn(m.title, locale), status: m.status, statusLabel: t(`progress.statuses.${m.status}`) })),
    alt: countryShareAlt(card.name, locale),
  };
}

/** The image's alternative text: all that its metadata needs (see the country's opengraph-image.tsx). */
export function countryShareAlt(name: TCountryCard["name"], locale: Locale) {
  return serverTranslator(locale)("openData.share.imageAlt", { title: textIn(name, locale) });
}

export function measureShareText(map: TMeasureCountries, locale: Locale) {
  const t = serverTranslator(locale);
  const title = textIn(map.title, locale);
  const number = new Intl.NumberFormat(intlLocale(locale));
  return {
    brand: t("meta.title"),
    title,
    addressed: t("openData.share.measureBy", { actor: t(`measures.actors.${map.actor}` as never) }),
    counts: PROGRESS_STATUSES.map((s) => ({ status: s, label: t(`progress.statuses.${s}`), count: map.counts[s], formatted: number.format(map.counts[s]) })),
    alt: t("openData.share.imageAlt", { title }),
  };
}
