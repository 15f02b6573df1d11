// The language a public API request is answered in (decision 030): `?lang=` when given (one of the six
// UN languages, anything else is the caller's mistake: 400), else the best match of Accept-Language,
// else English. No negotiation package is installed; the header grammar is small (RFC 9110 §12.5.4,
// matching as RFC 4647 "lookup": a range matches a language when it equals it or starts with it and a
// hyphen, so zh-Hans-CN and zh-TW both mean Chinese and fr-CA means French).
import { isLocale, LOCALES, type Locale } from "~/db/locales";

/** The answer's language when a request says nothing about it. */
export const DEFAULT_API_LOCALE: Locale = "en";

/** At most this many ranges are read from a header: enough for any browser, bounded for a hostile one. */
const MAX_RANGES = 32;

export interface LanguageRange {
  /** Lower-cased language range, e.g. `zh-cn` or `*`. */
  range: string;
  /** Quality weight, 0–1. */
  q: number;
}

const RANGE = /^(?:\*|[a-z]{1,8}(?:-[a-z0-9]{1,8})*)$/i;
const QVALUE = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;

/**
 * The ranges of an Accept-Language header, most wanted first (ties keep the header's order). Entries that
 * do not parse (a bad range or weight) are skipped rather than failing the whole header.
 */
export function parseAcceptLanguage(header: string | null | undefined): LanguageRange[] {
  if (!header) return [];
  const ranges: (LanguageRange & { order: number })[] = [];
  for (const [order, entry] of header.split(",").slice(0, MAX_RANGES).entries()) {
    const [rawRange, ...params] = entry.split(";").map((part) => part.trim());
    if (!rawRange || !RANGE.test(rawRange)) continue;
    let q = 1;
    let valid = true;
    for (const param of params) {
      const [name, value] = param.split("=").map((part) => part.trim());
      if (name?.toLowerCase() !== "q") continue;
      if (!value || !QVALUE.test(value)) valid = false;
      else q = Number(value);
    }
    if (valid) ranges.push({ range: rawRange.toLowerCase(), q, order });
  }
  return ranges.sort((a, b) => b.q - a.q || a.order - b.order).map(({ range, q }) => ({ range, q }));
}

const matches = (range: string, locale: Locale) => range === locale || range.startsWith(`${locale}-`);

/**
 * The best of the six languages for an Accept-Language header, or null when it accepts none of them.
 * A language refused with q=0 is never chosen, not even through `*`.
 */
export function negotiateLocale(header: string | null | undefined): Locale | null {
  const ranges = parseAcceptLanguage(header);
  const refused = new Set(LOCALES.filter((l) => ranges.some((r) => r.q === 0 && matches(r.range, l))));
  for (const { range, q } of ranges) {
    if (q === 0) break;
    if (range === "*") return [DEFAULT_API_LOCALE, ...LOCALES].find((l) => !refused.has(l)) ?? null;
    const found = LOCALES.find((l) => matches(range, l) && !refused.has(l));
    if (found) return found;
  }
  return null;
}

export type RequestLanguage =
  | { ok: true; locale: Locale; from: "query" | "header" | "default" }
  /** `?lang=` named a language we do not answer in; `locale` is what the error is written in. */
  | { ok: false; value: string; locale: Locale };

export function requestLanguage(url: string | URL, headers: Headers): RequestLanguage {
  const fromHeader = negotiateLocale(headers.get("accept-language"));
  const asked = new URL(url).searchParams.get("lang");
  if (asked !== null) {
    const value = asked.trim().toLowerCase();
    if (isLocale(value)) return { ok: true, locale: value, from: "query" };
    return { ok: false, value: asked, locale: fromHeader ?? DEFAULT_API_LOCALE };
  }
  return fromHeader ? { ok: true, locale: fromHeader, from: "header" } : { ok: true, locale: DEFAULT_API_LOCALE, from: "default" };
}
