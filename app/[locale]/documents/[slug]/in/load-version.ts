// Reads for the language-version pages, cached per request (metadata and page share them); a missing
// document or version is a 404.
import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { isLocale, type Locale } from "~/db/locales";
import { publicServerApi } from "~/server/api/public-caller";

async function orNotFound<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (err) {
    if (err instanceof TRPCError && (err.code === "NOT_FOUND" || err.code === "BAD_REQUEST")) notFound();
    throw err;
  }
}

export function routeLocale(value: string): Locale {
  if (!isLocale(value)) notFound();
  return value;
}

export const loadVersion = cache(async (slug: string, locale: Locale) =>
  orNotFound(async () => (await publicServerApi()).documentVersions.get({ slug, locale })),
);

export const loadVersionList = cache(async (slug: string) =>
  orNotFound(async () => (await publicServerApi()).documentVersions.list({ slug })),
);
