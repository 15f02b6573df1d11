// The embed of a country or measure page: its /embed address, the size it is drawn at, and the
// <iframe> code the Embed button and /api/oembed give out (one builder, so they cannot differ).
import type { Locale } from "~/db/locales";
import { env } from "~/server/env";

export type EmbedTarget = { kind: "country"; iso3: string } | { kind: "measure"; slug: string };

export const EMBED_SIZE = { country: { width: 480, height: 560 }, measure: { width: 640, height: 480 } } as const;

const base = () => env.APP_URL.replace(/\/$/, "");

export function embedPath(target: EmbedTarget, locale: Locale) {
  return target.kind === "country" ? `/embed/${locale}/countries/${target.iso3}` : `/embed/${locale}/measures/${target.slug}`;
}

export function pagePath(target: EmbedTarget, locale: Locale) {
  return target.kind === "country" ? `/${locale}/countries/${target.iso3}` : `/${locale}/measures/${target.slug}`;
}

const attr = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** The <iframe> element, within the maximum size a consumer asked for (oEmbed maxwidth/maxheight). */
export function iframeCode(target: EmbedTarget, locale: Locale, title: string, max: { width?: number; height?: number } = {}) {
  const size = EMBED_SIZE[target.kind];
  const width = Math.min(size.width, max.width ?? size.width);
  const height = Math.min(size.height, max.height ?? size.height);
  const src = `${base()}${embedPath(target, locale)}`;
  return {
    width,
    height,
    html: `<iframe src="${attr(src)}" title="${attr(title)}" width="${width}" height="${height}" style="border:1px solid #cbd5e1;border-radius:8px;max-width:100%" loading="lazy" referrerpolicy="strict-origin-when-cross-origin"></iframe>`,
  };
}

/** A page URL of this site that can be embedded, or null (another site, another page, a bad URL). */
export function embedTargetOf(url: string): { target: EmbedTarget; locale: Locale } | null {
  if (!URL.canParse(url)) return null;
  const parsed = new URL(url);
  if (parsed.origin !== new URL(base()).origin) return null;
  const country = /^\/(ar|zh|en|fr|ru|es)\/countries\/([A-Z]{3})\/?$/.exec(parsed.pathname);
  if (country) return { locale: country[1] as Locale, target: { kind: "country", iso3: country[2]! } };
  const measure = /^\/(ar|zh|en|fr|ru|es)\/measures\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/.exec(parsed.pathname);
  if (measure && measure[2]!.length <= 200) return { locale: measure[1] as Locale, target: { kind: "measure", slug: measure[2]! } };
  return null;
}
