// Reads for the reader's pages (the document's own page and its parts), cached per request: metadata
// and page share them; a missing document is a 404.
import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { publicServerApi } from "~/server/api/public-caller";

export const loadDocument = cache(async (slug: string) => {
  const api = await publicServerApi();
  try {
    return await api.documents.get({ slug });
  } catch (err) {
    if (err instanceof TRPCError && (err.code === "NOT_FOUND" || err.code === "BAD_REQUEST")) notFound();
    throw err;
  }
});

/** The document's language versions; call after `loadDocument`, which turns a missing document into a 404. */
export const loadLanguages = cache(async (slug: string) => (await publicServerApi()).documentVersions.list({ slug }));
