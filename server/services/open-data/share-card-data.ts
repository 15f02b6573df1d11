// The words and figures of the share images, in the page's language (the components draw them).
import type { Locale } from "~/db/locales";
import { serverTranslator } from "~/server/i18n/translator";
import { PROGRESS_STATUSES } from "~/server/progress/statuses";
import { countryCard, measureMap } from "./embed-data";
import { textIn } from "~/db/localized-text";
import { intlLocale } from "~/server/i18n/locale-tags";
import { countryNameOf } from "~/server/services/progress/country-page";

/** How many key measures a country's card lists (the image has room for five lines). */
const CARD_MEASURES = 5;
const ORDER = ["implemented", "in_progress", "committed", "regressed", "none"];

export async function countryShareData(iso3: string, locale: Locale) {
  if (typeof iso3 !== "string" || !/^[A-Z]{3}$/.test(iso3)) return null;
  const card = await countryCard(iso3);
  if (!card) return null;
  const t = serverTranslator(locale);
  const measures = [...card.keyMeasures].sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status)).slice(0, CARD_MEASURES);
  return {
    brand: t("meta.title"),
    name: textIn(card.name, locale),
    scoreLabel: t("openData.share.score"),
    score: new Intl.NumberFormat(intlLocale(locale), { style: "percent", maximumFractionDigits: 0 }).format(card.overall),
    keyLabel: t("openData.share.keyMeasures"),
    measures: measures.map((m) => ({ title: textIn(m.title, locale), status: m.status, statusLabel: t(`progress.statuses.${m.status}`) })),
    alt: t("openData.share.imageAlt", { title: textIn(card.name, locale) }),
  };
}

/**
 * The image's alternative text alone: Next asks for it (Open Graph and Twitter) on every page under
 * /countries/{iso3}, the dynamic records and changes pages too, so it reads one row, not the card.
 */
export async function countryShareAlt(iso3: string, locale: Locale) {
  if (typeof iso3 !== "string" || !/^[A-Z]{3}$/.test(iso3)) return null;
  const name = await countryNameOf({ input: { iso3 } });
  return name ? serverTranslator(locale)("openData.share.imageAlt", { title: textIn(name, locale) }) : null;
}

export async function measureShareData(slug: string, locale: Locale) {
  if (typeof slug !== "string" || slug.length > 200 || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) return null;
  const map = await measureMap(slug, locale);
  if (!map) return null;
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
