// One measure per request for a page and its metadata; a merged measure's slug redirects to the survivor.
// The public page reads it as an anonymous visitor (so it can be cached); the edit page as the
// signed-in person (staff also see deleted measures).
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { cache } from "react";
import { redirect } from "~/server/i18n/navigation";
import { publicServerApi } from "~/server/api/public-caller";
import { serverApi } from "~/server/api/server-caller";

export const loadMeasure = cache(async (slug: string, suffix = "", audience: "public" | "session" = "session") => {
  const api = audience === "public" ? await publicServerApi() : await serverApi();
  const m = await api.measures.get({ slug }).catch((err: unknown) => {
    if (err instanceof TRPCError && (err.code === "NOT_FOUND" || err.code === "BAD_REQUEST")) notFound();
    throw err;
  });
  if (m.slug !== slug) redirect({ href: `/measures/${m.slug}${suffix}`, locale: await getLocale() });
  return m;
});
