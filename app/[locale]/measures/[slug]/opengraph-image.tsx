// The share image of a measure (Open Graph and Twitter), in the page's language: its title, whom it
// is addressed to and how many countries are at each status (issue 15). Read through
// measures.countriesByStatus, as the embed is.
import { ImageResponse } from "next/og";
import { MeasureShareCard, SHARE_SIZE } from "~/components/open-data/share-card";
import { asLocale } from "~/db/localized-text-ops";
import { anonymousApi } from "~/server/api/public-caller";
import { measureShareText } from "~/server/print/share-card-text";
import { shareFontsFor } from "~/server/print/share-fonts";

export const size = SHARE_SIZE;
export const contentType = "image/png";
export const revalidate = 300;

type Params = { locale: string; slug: string };

const isSlug = (slug: unknown): slug is string => typeof slug === "string" && slug.length <= 200 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug);

/** The card's words, or null for a slug that names no live measure (never a query for a malformed one). */
async function shareText({ locale, slug }: Params) {
  if (!isSlug(slug)) return null;
  const map = await (await anonymousApi(asLocale(locale))).measures.countriesByStatus({ slug, locale: asLocale(locale) });
  return map && measureShareText(map, asLocale(locale));
}

export async function generateImageMetadata({ params }: { params: Params | Promise<Params> }) {
  const { locale, slug } = await params;
  // While the build collects routes there are no parameters yet: nothing to look up.
  if (!isSlug(slug)) return [{ id: "card", size, contentType, alt: "" }];
  const data = await shareText({ locale, slug });
  return [{ id: "card", size, contentType, alt: data?.alt ?? slug }];
}

export default async function Image({ params }: { params: Params | Promise<Params> }) {
  const data = await shareText(await params);
  if (!data) return new Response("Not found", { status: 404 });
  const text = [data.brand, data.title, data.addressed, ...data.counts.flatMap((c) => [c.label, c.formatted]), ": "].join("");
  const { fonts, fontFamily } = shareFontsFor(text);
  return new ImageResponse(<MeasureShareCard fontFamily={fontFamily} {...data} />, { ...size, fonts });
}
