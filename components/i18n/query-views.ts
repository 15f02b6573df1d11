// Which route renders a cached public page's query view (used by proxy.ts; see decision 010).
// Pure, so it is unit-tested without Next.
import { LOCALES } from "~/db/locales";

/** The route that renders a cached page's query view, or null to serve the page itself. */
export function queryViewPath(pathname: string, params: URLSearchParams): string | null {
  const asOf = asOfViewPath(pathname, params);
  if (asOf) return asOf;
  const m = /^\/(ar|zh|en|fr|ru|es)\/(countries|measures|parliamentarians)\/?$/.exec(pathname);
  if (!m || params.size === 0) return null;
  const [, locale, page] = m;
  if (page === "countries") return `/${locale}/countries/table`;
  if (page === "measures") return `/${locale}/measures-filtered`;
  const country = params.get("country")?.toUpperCase() ?? "";
  return /^[A-Z]{3}$/.test(country) ? `/${locale}/parliamentarians/${country}` : null;
}

/**
 * A country profile or a measure page "as of" a day (decision 033): `?asOf=` goes to the page's
 * as-of route with the day in the path, so each day is its own cached page. A value that is not
 * even shaped like a day goes there as `invalid`, and that page explains.
 */
function asOfViewPath(pathname: string, params: URLSearchParams): string | null {
  const asOf = params.get("asOf");
  if (!asOf) return null;
  const m = /^\/([a-z]{2})\/(countries\/[A-Z]{3}|measures\/[a-z0-9-]{1,200})\/?$/.exec(pathname);
  if (!m || !(LOCALES as readonly string[]).includes(m[1]!)) return null;
  return `/${m[1]}/${m[2]}/as-of/${/^[0-9-]{1,20}$/.test(asOf) ? asOf : "invalid"}`;
}
