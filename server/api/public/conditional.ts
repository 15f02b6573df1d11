// HTTP validators of the dataset: the data version is the ETag, the latest change the Last-Modified
// date, so a client (or a cache in front of us) that already holds this version gets a 304.
import type { DataVersion } from "~/server/services/open-data/data-version";

export const etagOf = (v: DataVersion, variant: string) => `"${v.version}-${variant}"`;

/** Whether the request's If-None-Match (or, without it, If-Modified-Since) still holds. */
export function isNotModified(headers: Headers, v: DataVersion, variant: string): boolean {
  const ifNoneMatch = headers.get("if-none-match");
  if (ifNoneMatch !== null) {
    const tag = etagOf(v, variant);
    return ifNoneMatch.split(",").some((t) => t.trim() === "*" || t.trim().replace(/^W\//, "") === tag);
  }
  const since = Date.parse(headers.get("if-modified-since") ?? "");
  return Number.isFinite(since) && Math.floor(v.lastModified.getTime() / 1000) * 1000 <= since;
}

/** The headers every dataset answer carries (200 and 304 alike). */
export function validatorHeaders(v: DataVersion, variant: string): Record<string, string> {
  return {
    ETag: etagOf(v, variant),
    "Last-Modified": v.lastModified.toUTCString(),
    // Anyone may keep a copy, but must ask again before using it: a publication shows at once.
    "Cache-Control": "public, max-age=0, must-revalidate",
  };
}
