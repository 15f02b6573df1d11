// The HTTP answer of a feed route: Atom XML with an ETag of its content (a feed reader polling an
// unchanged feed gets a 304), 404 for an unknown locale, country or measure. Hostile parameters are
// refused before any query.
import { createHash } from "node:crypto";
import { LOCALES } from "~/db/locales";
import { logger } from "~/server/logger";
import { buildFeed, type FeedTarget } from "~/server/services/open-data/build-feed";
import { ensureDatabaseReady } from "~/server/bootstrap";

const ISO3 = /^[A-Z]{3}$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** The target a route's parameters name, or null when they cannot name one. */
export function feedTarget(params: { iso3?: string; slug?: string }): FeedTarget | null {
  if (params.iso3 !== undefined) return ISO3.test(params.iso3) ? { kind: "country", iso3: params.iso3 } : null;
  if (params.slug !== undefined) return params.slug.length <= 200 && SLUG.test(params.slug) ? { kind: "measure", slug: params.slug } : null;
  return { kind: "site" };
}

export async function feedResponse(request: Request, params: { locale: string; iso3?: string; slug?: string }): Promise<Response> {
  const locale = LOCALES.find((l) => l === params.locale);
  const target = feedTarget(params);
  if (!locale || !target) return notFound();
  await ensureDatabaseReady();
  try {
    const xml = await buildFeed(target, locale);
    if (xml === null) return notFound();
    const etag = `"${createHash("sha256").update(xml).digest("hex").slice(0, 32)}"`;
    const headers = { ETag: etag, "Cache-Control": "public, max-age=0, must-revalidate" };
    if (request.headers.get("if-none-match")?.split(",").some((t) => t.trim() === etag)) return new Response(null, { status: 304, headers });
    return new Response(xml, { headers: { ...headers, "Content-Type": "application/atom+xml; charset=utf-8" } });
  } catch (error) {
    const requestId = crypto.randomUUID();
    logger.error("feed.unexpected", { requestId, error });
    return new Response("Internal error", { status: 500, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
}
