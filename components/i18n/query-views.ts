// Which route renders a cached public page's query view (used by proxy.ts; see decision 010).
// Pure, so it is unit-tested without Next.
/** The route that renders a cached page's query view, or null to serve the page itself. */
export function queryViewPath(pathname: string, params: URLSearchParams): string | null {
  const m = /^\/(ar|zh|en|fr|ru|es)\/(countries|parliamentarians)\/?$/.exec(pathname);
  if (!m || params.size === 0) return null;
  const [, locale, page] = m;
  if (page === "countries") return `/${locale}/countries/table`;
  const country = params.get("country")?.toUpperCase() ?? "";
  return /^[A-Z]{3}$/.test(country) ? `/${locale}/parliamentarians/${country}` : null;
}
