// The Atom feeds of what is newly published: site-wide, per country and per measure, in the
// reader's language (a text missing in that language falls back to the other one).
import { and, eq, isNull } from "drizzle-orm";
import { db } from "~/db/client";
import { country, measure } from "~/db/schema";
import { env } from "~/server/env";
import { serverTranslator, type Locale } from "~/server/i18n/translator";
import { atomXml, type AtomEntry } from "./atom";
import { listFeedEntries, type FeedEntry, type FeedScope } from "./feed-entries";
import { textIn, type LocalizedText } from "~/db/localized-text";
import { intlLocale, languageTag } from "~/server/i18n/locale-tags";

export type FeedTarget = { kind: "site" } | { kind: "country"; iso3: string } | { kind: "measure"; slug: string };

const pick = (text: LocalizedText, locale: Locale) => textIn(text, locale);

/** The feed's page (rel="alternate") and its own path, both below the site root. */
export function feedPaths(target: FeedTarget, locale: Locale) {
  const page =
    target.kind === "site" ? `/${locale}` : target.kind === "country" ? `/${locale}/countries/${target.iso3}` : `/${locale}/measures/${target.slug}`;
  return { page, feed: target.kind === "site" ? `/${locale}/feed.xml` : `${page}/feed.xml` };
}

function entryOf(e: FeedEntry, locale: Locale, base: string): AtomEntry {
  const t = serverTranslator(locale);
  const date = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${e.date}T00:00:00Z`));
  const line =
    e.kind === "action"
      ? t("openData.feed.actionSummary", { kind: t(`actions.kinds.${e.type}` as never), date })
      : e.country
        ? t("openData.feed.recordSummary", { type: t(`records.types.${e.type}` as never), country: pick(e.country, locale), date })
        : t("openData.feed.recordSummaryNoCountry", { type: t(`records.types.${e.type}` as never), date });
  const summary = pick(e.summary, locale);
  return {
    id: `urn:uuid:${e.id}`,
    title: pick(e.title, locale),
    summary: summary ? `${line}\n\n${summary}` : line,
    link: `${base}/${locale}/${e.kind === "action" ? "actions" : "records"}/${e.id}`,
    published: e.published,
    updated: e.updated,
    categories: [e.kind === "action" ? `action:${e.type}` : e.type],
  };
}

/** The feed's XML, or null when its country or measure does not exist. */
export async function buildFeed(target: FeedTarget, locale: Locale): Promise<string | null> {
  const t = serverTranslator(locale);
  const base = env.APP_URL.replace(/\/$/, "");
  let scope: FeedScope = {};
  let title = t("openData.feed.siteTitle");
  let subtitle = t("openData.feed.siteSubtitle");
  if (target.kind === "country") {
    const [c] = await db.select().from(country).where(eq(country.iso3, target.iso3));
    if (!c) return null;
    const name = pick(c.name, locale);
    scope = { country: c.iso3 };
    title = t("openData.feed.countryTitle", { country: name });
    subtitle = t("openData.feed.countrySubtitle", { country: name });
  } else if (target.kind === "measure") {
    const [m] = await db.select().from(measure).where(and(eq(measure.slug, target.slug), isNull(measure.deletedAt)));
    if (!m) return null;
    scope = { measure: m.slug };
    title = t("openData.feed.measureTitle", { measure: pick(m.title, locale) });
    subtitle = t("openData.feed.measureSubtitle");
  }
  const entries = await listFeedEntries(scope);
  const paths = feedPaths(target, locale);
  // An empty feed is as old as nothing in it: a fixed date, so rebuilding it changes nothing.
  const updated = entries.reduce((latest, e) => (e.updated > latest ? e.updated : latest), new Date("2005-09-16T00:00:00Z"));
  return atomXml({
    self: `${base}${paths.feed}`,
    alternate: `${base}${paths.page}`,
    title,
    subtitle,
    author: t("openData.feed.author"),
    lang: locale === "zh" ? "zh-Hans" : languageTag(locale),
    updated,
    entries: entries.map((e) => entryOf(e, locale, base)),
  });
}
