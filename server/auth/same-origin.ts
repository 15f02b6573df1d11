// Cross-site request forgery guard for state-changing requests. A browser always sends `Origin` on a
// POST (same-origin or not) and `Sec-Fetch-Site` on every request; a form on another site that posts
// `text/plain` to us carries the victim's cookies but a foreign Origin, so it is refused.
// A request with neither header does not come from a browser (scripts, tests, curl): it cannot carry a
// victim's cookies, so there is nothing to forge, and it is let through.
import { env } from "~/server/env";

/** The origins this app answers on: APP_URL, and the one the request was addressed to. */
function ownOrigins(headers: Headers): Set<string> {
  const origins = new Set([new URL(env.APP_URL).origin]);
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  if (host) {
    const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
    for (const scheme of new Set([proto, "http", "https"])) {
      try {
        origins.add(new URL(`${scheme}://${host}`).origin);
      } catch {
        // A malformed Host header matches nothing.
      }
    }
  }
  return origins;
}

export function isCrossSiteRequest(headers: Headers): boolean {
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite === "cross-site" || fetchSite === "same-site") return true;
  const origin = headers.get("origin");
  if (origin === null) return false;
  // "null" is what a sandboxed frame or a privacy-stripped redirect sends: never our own page.
  return !ownOrigins(headers).has(origin);
}

/** The 403 answer for a refused cross-site request (JSON: the caller is not our own page). */
export function crossSiteRefusal(): Response {
  return Response.json(
    { error: "FORBIDDEN", messageKey: "crossSite" },
    { status: 403, headers: { "Cache-Control": "no-store" } },
  );
}
