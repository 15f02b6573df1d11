// The share image of a measure (Open Graph and Twitter), in the page's language: its title, whom it
// is addressed to and how many countries are at each status (issue 15).
import { ImageResponse } from "next/og";
import { MeasureShareCard, SHARE_SIZE } from "~/components/open-data/share-card";
import { ensureDatabaseReady } from "~/server/bootstrap";
import { measureShareData } from "~/server/services/open-data/share-card-data";
import { shareFontsFor } from "~/server/print/share-fonts";
import { asLocale } from "~/db/localized-text-ops";

export const size = SHARE_SIZE;
export const contentType = "image/png";
export const revalidate = 300;

type Params = { locale: string; slug: string };

export async function generateImageMetadata({ params }: { params: Params | Promise<Params> }) {
  const { locale, slug } = await params;
  // While the build collects routes there are no parameters yet: nothing to look up.
  if (typeof slug !== "string" || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) return [{ id: "card", size, contentType, alt: "" }];
  await ensureDatabaseReady();
  const data = await measureShareData(slug, asLocale(locale));
  return [{ id: "card", size, contentType, alt: data?.alt ?? slug }];
}

export default async function Image({ params }: { params: Params | Promise<Params> }) {
  const { locale, slug } = await params;
  await ensureDatabaseReady();
  const data = await measureShareData(slug, asLocale(locale));
  if (!data) return new Response("Not found", { status: 404 });
  const text = [data.brand, data.title, data.addressed, ...data.counts.flatMap((c) => [c.label, c.formatted]), ": "].join("");
  const { fonts, fontFamily } = shareFontsFor(text);
  return new ImageResponse(<MeasureShareCard fontFamily={fontFamily} {...data} />, { ...size, fonts });
}
