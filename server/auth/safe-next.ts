// Where to go after signing in: only a path on this site, never another origin. Browsers forgive a
// lot in URLs (backslashes as slashes, tabs and newlines dropped, percent-decoding in odd places), so
// the path is resolved the way a browser would resolve it and must still land on our own origin.
import { asLocale } from "~/db/localized-text-ops";

const BASE = "http://r2p.invalid";

/** `next` if it is a same-origin relative path, else the locale's home page. */
export function safeNext(next: unknown, locale: string): string {
  const fallback = `/${asLocale(locale)}`;
  if (typeof next !== "string" || next.length === 0 || next.length > 2000) return fallback;
  // Anything a browser strips or treats as a slash makes a path ambiguous: refuse it outright.
  if (!next.startsWith("/") || /[\\\u0000-\u0020\u007f]/.test(next)) return fallback;
  // Decoded forms of the same tricks (%09, %5C, %2F%2F) are refused too: some servers and proxies
  // decode before redirecting.
  let decoded: string;
  try {
    decoded = decodeURIComponent(next);
  } catch {
    return fallback;
  }
  if (/^\/[/\\]/.test(decoded) || /[\\\u0000-\u001f\u007f]/.test(decoded)) return fallback;
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
