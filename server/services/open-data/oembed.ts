// oEmbed (https://oembed.com/) for country and measure pages: a consumer given one of our page URLs
// gets a "rich" answer whose html is the same <iframe> the Embed button shows (openData.oembed).
import { env } from "~/server/env";
import { notFound } from "~/server/errors";
import { serverTranslator } from "~/server/i18n/translator";
import { iframeCode, embedTargetOf } from "~/server/domain/embed-code";
import { measureCountries } from "~/server/services/progress/country-views";
import { textIn } from "~/db/localized-text";
import { countryCard } from "./embed-data";
import type { TOEmbedOutput, TOEmbedQuery } from "./oembed.types";

export async function getOEmbed({ input }: { input: TOEmbedQuery }): Promise<TOEmbedOutput> {
  const found = embedTargetOf(input.url);
  if (!found) throw notFound("page");
  const { target, locale } = found;
  const t = serverTranslator(locale);
  let title: string;
  if (target.kind === "country") {
    const card = await countryCard({ input: { iso3: target.iso3 } });
    if (!card) throw notFound("country");
    title = t("openData.embed.countryTitle", { country: textIn(card.name, locale) });
  } else {
    const map = await measureCountries({ input: { slug: target.slug, locale } });
    if (!map) throw notFound("measure");
    title = t("openData.embed.measureTitle", { measure: textIn(map.title, locale) });
  }
  const code = iframeCode(target, locale, title, { width: input.maxwidth, height: input.maxheight });
  return {
    version: "1.0",
    type: "rich",
    provider_name: t("meta.title"),
    provider_url: env.APP_URL.replace(/\/$/, ""),
    title,
    html: code.html,
    width: code.width,
    height: code.height,
    cache_age: 3600,
  };
}
