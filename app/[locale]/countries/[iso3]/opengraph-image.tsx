// The share image of a country (Open Graph and Twitter), in the page's language: name, overall
// score and key measures, no flag (issue 15).
import { ImageResponse } from "next/og";
import { cache } from "react";
import { CountryShareCard, SHARE_SIZE } from "~/components/open-data/share-card";
import { ensureDatabaseReady } from "~/server/bootstrap";
import { countryShareAlt, countryShareData } from "~/server/services/open-data/share-card-data";
import { shareFontsFor } from "~/server/print/share-fonts";
import { asLocale } from "~/db/localized-text-ops";

export const size = SHARE_SIZE;
export const contentType = "image/png";
export const revalidate = 300;

type Params = { locale: string; iso3: string };

/** Once per request: Next asks this image's metadata and the Twitter card's on every page under the state. */
const shareAlt = cache(countryShareAlt);

export async function generateImageMetadata({ params }: { params: Params | Promise<Params> }) {
  const { locale, iso3 } = await params;
  // While the build collects routes there are no parameters yet: nothing to look up.
  if (typeof iso3 !== "string" || !/^[A-Z]{3}$/.test(iso3)) return [{ id: "card", size, contentType, alt: "" }];
  await ensureDatabaseReady();
  return [{ id: "card", size, contentType, alt: (await shareAlt(iso3, asLocale(locale))) ?? iso3 }];
}

export default async function Image({ params }: { params: Params | Promise<Params> }) {
  const { locale, iso3 } = await params;
  await ensureDatabaseReady();
  const data = await countryShareData(iso3, asLocale(locale));
  if (!data) return new Response("Not found", { status: 404 });
  const text = [data.brand, data.name, data.scoreLabel, data.score, data.keyLabel, ...data.measures.flatMap((m) => [m.title, m.statusLabel])].join("");
  const { fonts, fontFamily } = shareFontsFor(text);
  return new ImageResponse(<CountryShareCard fontFamily={fontFamily} {...data} />, { ...size, fonts });
}
