// oEmbed (https://oembed.com/) for country and measure pages: a consumer given one of our page URLs
// gets a "rich" answer whose html is the same <iframe> the Embed button shows.
import { z } from "zod";
import { env } from "~/server/env";
import { notFound } from "~/server/errors";
import { serverTranslator } from "~/server/i18n/translator";
import { iframeCode, embedTargetOf } from "~/server/domain/embed-code";
import { countryCard, measureMap } from "./embed-data";
import { textIn } from "~/db/localized-text";

export const ZOEmbedQuerySchema = z.object({
  url: z.string().trim().min(1).max(2000),
  format: z.enum(["json", "xml"]).default("json"),
  maxwidth: z.coerce.number().int().min(1).max(10_000).optional(),
  maxheight: z.coerce.number().int().min(1).max(10_000).optional(),
});

export const ZOEmbedOutputSchema = z.object({
  version: z.literal("1.0"),
  type: z.literal("rich"),
  provider_name: z.string(),
  provider_url: z.string(),
  title: z.string(),
  html: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  cache_age: z.number().int(),
});
export type TOEmbedOutput = z.infer<typeof ZOEmbedOutputSchema>;

export async function getOEmbed({ input }: { input: z.output<typeof ZOEmbedQuerySchema> }): Promise<TOEmbedOutput> {
  const found = embedTargetOf(input.url);
  if (!found) throw notFound("page");
  const { target, locale } = found;
  const t = serverTranslator(locale);
  let title: string;
  if (target.kind === "country") {
    const card = await countryCard(target.iso3);
    if (!card) throw notFound("country");
    title = t("openData.embed.countryTitle", { country: textIn(card.name, locale) });
  } else {
    const map = await measureMap(target.slug, locale);
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
