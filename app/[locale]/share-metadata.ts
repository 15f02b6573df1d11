// What a public page tells feed readers, oEmbed consumers and social sites about itself (issue 15):
// its canonical address (its hreflang links in every language come from the locale layout's
// <AlternateLanguageLinks>, one source for every page), its Atom feed (<link rel="alternate">), its oEmbed
// endpoint where it can be embedded, and Open Graph / Twitter card tags. The card images themselves
// come from the opengraph-image files beside the pages.
import type { Metadata } from "next";
import { LOCALES } from "~/db/locales";
import { env } from "~/server/env";
import { serverTranslator, type Locale } from "~/server/i18n/translator";

const base = () => env.APP_URL.replace(/\/$/, "");
const OG_LOCALE: Record<Locale, string> = { ar: "ar_AR", zh: "zh_CN", en: "en_GB", fr: "fr_FR", ru: "ru_RU", es: "es_ES" };

export function shareMetadata(opts: {
  locale: Locale;
  /** The page's path without its locale, e.g. "/countries/KEN" ("" for the home page). */
  path: string;
  title: string;
  description: string;
  feedTitle: string;
  /** Country and measure pages can be embedded: advertise their oEmbed answer. */
  embeddable?: boolean;
}): Metadata {
  const t = serverTranslator(opts.locale);
  const url = `${base()}/${opts.locale}${opts.path}`;
  const types: Record<string, { url: string; title: string }[]> = {
    "application/atom+xml": [{ url: `${url}/feed.xml`, title: t("openData.feed.linkTitle", { title: opts.feedTitle }) }],
  };
  if (opts.embeddable) types["application/json+oembed"] = [{ url: `${base()}/api/oembed?url=${encodeURIComponent(url)}`, title: opts.title }];
  return {
    title: opts.title,
    description: opts.description,
    alternates: {
      canonical: url,
      types,
    },
    openGraph: {
      type: "website",
      siteName: t("meta.title"),
      title: opts.title,
      description: opts.description,
      url,
      locale: OG_LOCALE[opts.locale],
      alternateLocale: LOCALES.filter((l) => l !== opts.locale).map((l) => OG_LOCALE[l]),
    },
    twitter: { card: "summary_large_image", title: opts.title, description: opts.description },
  };
}
