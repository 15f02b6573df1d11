// The share image of a country (Open Graph and Twitter), in the page's language: name, overall
// score and key measures, no flag (issue 15). Read through countries.card, as the embed is.
import { ImageResponse } from "next/og";
import { cache } from "react";
import { CountryShareCard, SHARE_SIZE } from "~/components/open-data/share-card";
import { asLocale } from "~/db/localized-text-ops";
import { anonymousApi } from "~/server/api/public-caller";
import { countryShareAlt, countryShareText } from "~/server/print/share-card-text";
import { shareFontsFor } from "~/server/print/share-fonts";

export const size = SHARE_SIZE;
export const contentType = "image/png";
export const revalidate = 300;

type Params = { locale: string; iso3: string };

const ISO3 = /^[A-Z]{3}$/;

/** The card's words, or null for a code that names no state (never a query for a malformed one). */
async function shareText({ locale, iso3 }: Params) {
  if (typeof iso3 !== "string" || !ISO3.test(iso3)) return null;
  const card = await (await anonymousApi(asLocale(locale))).countries.card({ iso3 });
  return card && countryShareText(card, asLocale(locale));
}

/**
 * The alternative text alone, once per request. Next asks for this image's metadata and the Twitter
 * card's on every page under /countries/{iso3}, the per-request records and changes pages too: it read
 * the whole card twice (it was the whole profile: at the busiest state, every focal point in office
 * and every status's evidence list, most of its records page's cost). The state's name is enough.
 */
const shareAlt = cache(async (locale: string, iso3: string) => {
  const name = await (await anonymousApi(asLocale(locale))).countries.name({ iso3 });
  return name ? countryShareAlt(name, asLocale(locale)) : iso3;
});

export async function generateImageMetadata({ params }: { params: Params | Promise<Params> }) {
  const { locale, iso3 } = await params;
  // While the build collects routes there are no parameters yet: nothing to look up.
  if (typeof iso3 !== "string" || !ISO3.test(iso3)) return [{ id: "card", size, contentType, alt: "" }];
  return [{ id: "card", size, contentType, alt: await shareAlt(locale, iso3) }];
}

export default async function Image({ params }: { params: Params | Promise<Params> }) {
  const data = await shareText(await params);
  if (!data) return new Response("Not found", { status: 404 });
  const text = [data.brand, data.name, data.scoreLabel, data.score, data.keyLabel, ...data.measures.flatMap((m) => [m.title, m.statusLabel])].join("");
  const { fonts, fontFamily } = shareFontsFor(text);
  return new ImageResponse(<CountryShareCard fontFamily={fontFamily} {...data} />, { ...size, fonts });
}
