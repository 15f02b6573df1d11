// The tRPC API for public, cacheable pages: the caller is always anonymous and no request data
// (cookies, headers) is read, so a page using only this can be rendered once and served from the
// cache. Pages that need the signed-in person use `serverApi()` and stay dynamic.
import "server-only";
import { getLocale } from "next-intl/server";
import { cache } from "react";
import type { Locale } from "~/db/locales";
import { ensureDatabaseReady } from "~/server/bootstrap";
import { createCaller } from "./root";
import { createTRPCContext } from "./trpc";

export const publicServerApi = cache(async () => {
  await ensureDatabaseReady();
  return createCaller(
    createTRPCContext({ viewer: null, requestId: `static-${crypto.randomUUID()}`, locale: await getLocale(), ip: "static" }),
  );
});

/**
 * For route handlers (/api/v1, feeds, embeds, oEmbed): the same anonymous caller, without a page's
 * locale. The procedures' answers carry every language; `locale` only words their error messages.
 */
export async function anonymousApi(locale?: Locale) {
  await ensureDatabaseReady();
  return createCaller(createTRPCContext({ viewer: null, requestId: crypto.randomUUID(), locale: locale ?? "en", ip: "api" }));
}
