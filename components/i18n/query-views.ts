// Which route renders a cached public page's query view (used by proxy.ts; decisions 010, 039).
// Pure, so it is unit-tested without Next.
//
// A query whose every parameter comes from a small closed set is the same page for every anonymous
// visitor, so it goes to a cached route with the canonical query in the path (decision 039); anything
// else (free text, score bounds, a measure, two paged lists at once, an unknown parameter) keeps the
// per-request route. This file is the only gate to those cached routes: a direct request for one of
// their paths with a key that is not canonical is sent to one fixed "invalid" key, so nobody can fill
// the cache with keys of their own (Next caches a not-found answer like any other page).
import isoCodes from "i18n-iso-countries/codes.json";
import { LOCALES } from "~/db/locales";

const LOCALE = "(ar|zh|en|fr|ru|es)";

/** The route that renders a cached page's query view, or null to serve the page itself. */
export function queryViewPath(pathname: string, params: URLSearchParams): string | null {
  const cached = cachedViewGate(pathname);
  if (cached !== undefined) return cached;
  const asOf = asOfViewPath(pathname, params);
  if (asOf) return asOf;
  const records = new RegExp(`^/${LOCALE}/countries/([A-Z]{3})/records/?$`).exec(pathname);
  if (records) return recordsViewPath(records[1]!, records[2]!, params);
  const m = new RegExp(`^/${LOCALE}/(countries|countries/table|measures|parliamentarians)/?$`).exec(pathname);
  if (!m || params.size === 0) return null;
  const [, locale, page] = m;
  if (page === "countries" || page === "countries/table") {
    const key = countriesViewKey(params);
    if (key === null) return page === "countries" ? `/${locale}/countries/table` : null;
    // No filter left (`?page=1`, empty fields): the page itself serves it, the cached one for
    // /countries, the per-request table for /countries/table. (A rewrite of the address to the plain
    // /countries never answered: the request hung, a way for anyone to tie up the server.)
    return key === "" ? null : `/${locale}/countries/view/${key}`;
  }
  if (page === "measures") return `/${locale}/measures-filtered`;
  const country = params.get("country")?.toUpperCase() ?? "";
  return isStateCode(country) ? `/${locale}/parliamentarians/${country}` : null;
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

/** The key every cached view route answers with "not found" (one cache entry per language). */
export const INVALID_VIEW = "invalid";

/**
 * A request straight for a cached view's path: undefined when the path is not one, null to let a
 * canonical key through, or the one "invalid" path for anything else.
 */
function cachedViewGate(pathname: string): string | null | undefined {
  const countries = new RegExp(`^/${LOCALE}/countries/view/([^/]*)/?$`).exec(pathname);
  if (countries) {
    const key = countries[2]!;
    return key === INVALID_VIEW || countriesViewQuery(key) ? null : `/${countries[1]}/countries/view/${INVALID_VIEW}`;
  }
  const records = new RegExp(`^/${LOCALE}/countries/([^/]+)/records/([^/]+)/?$`).exec(pathname);
  if (records) {
    const [, locale, iso3, view] = records;
    return (view === INVALID_VIEW && iso3 === INVALID_STATE) || (isStateCode(iso3!) && recordsViewPages(view!))
      ? null
      : `/${locale}/countries/${INVALID_STATE}/records/${INVALID_VIEW}`;
  }
  // The steps for parliamentarians in a state (cached per state) asked straight for a code that is none.
  const steps = new RegExp(`^/${LOCALE}/parliamentarians/([^/]+)/?$`).exec(pathname);
  if (steps) return isStateCode(steps[2]!) ? null : `/${steps[1]}/parliamentarians`;
  // A state's pages (profile, catalogue, timeline, brief, as-of…) under anything that is not a state's
  // code: one not-found page per language, instead of a cache entry for every made-up segment.
  const state = new RegExp(`^/${LOCALE}/countries/([^/]+)(/.*)?$`).exec(pathname);
  if (state && !COUNTRIES_SIBLINGS.has(state[2]!) && !isStateCode(state[2]!)) {
    const invalid = `/${state[1]}/countries/${INVALID_STATE}`;
    return pathname === invalid ? null : invalid;
  }
  return undefined;
}

/** The routes beside `countries/[iso3]`, which are not states. */
const COUNTRIES_SIBLINGS = new Set(["table", "view"]);

// ——— The countries table (app/[locale]/countries/view/[key]) ———

/** The M49 continental regions (the same five as db/seed/reference/countries.ts; a unit test checks). */
export const VIEW_REGIONS = ["002", "009", "019", "142", "150"] as const;
/** The UN regional groups (db/schema unGroupEnum; a unit test checks). */
export const VIEW_GROUPS = ["african", "asia_pacific", "eastern_european", "latin_american_caribbean", "weog"] as const;
/** The sorts that need no measure ("status" sorts a measure's column, which stays per request). */
export const VIEW_SORTS = ["name", "region", "group", "score"] as const;
/** 195 states at 50 a page. */
export const VIEW_MAX_PAGE = 4;

/** The countries table's parameters that may be present but empty (the filter form sends every field). */
const COUNTRIES_EMPTY_OK = ["q", "org", "measure", "status", "minScore", "maxScore", "asOf", "asOfYear", "pageSize"];
const COUNTRIES_KEYED = ["region", "group", "sort", "dir", "page"] as const;
type CountriesViewQuery = Partial<Record<(typeof COUNTRIES_KEYED)[number], string>>;

const countriesValues: Record<(typeof COUNTRIES_KEYED)[number], (v: string) => boolean> = {
  region: (v) => (VIEW_REGIONS as readonly string[]).includes(v),
  group: (v) => (VIEW_GROUPS as readonly string[]).includes(v),
  sort: (v) => (VIEW_SORTS as readonly string[]).includes(v),
  dir: (v) => v === "asc" || v === "desc",
  page: (v) => /^[2-9]$/.test(v) && Number(v) <= VIEW_MAX_PAGE,
};
/** Dropped from the key: the page shows the same without it. (An explicit sort or direction is kept:
 *  the page carries it on into the filter form.) */
const countriesDefaults: Record<string, string> = { page: "1" };

/**
 * The canonical key of a countries query ("group-weog.sort-score.dir-desc"), "" when it is the plain
 * page, or null when it must be rendered per request (free text, a measure, score bounds, an unknown
 * or repeated parameter, a value outside its set).
 */
export function countriesViewKey(params: URLSearchParams): string | null {
  const kept: CountriesViewQuery = {};
  const seen = new Set<string>();
  for (const [name, value] of params) {
    if (seen.has(name)) return null;
    seen.add(name);
    if (value === "" && (COUNTRIES_EMPTY_OK.includes(name) || (COUNTRIES_KEYED as readonly string[]).includes(name))) continue;
    if (!(COUNTRIES_KEYED as readonly string[]).includes(name)) return null;
    const key = name as (typeof COUNTRIES_KEYED)[number];
    if (countriesDefaults[key] === value) continue;
    if (!countriesValues[key](value)) return null;
    kept[key] = value;
  }
  return COUNTRIES_KEYED.filter((k) => kept[k] !== undefined)
    .map((k) => `${k}-${kept[k]}`)
    .join(".");
}

/** A countries view key back to its query, or null unless the key is exactly canonical. */
export function countriesViewQuery(key: string): CountriesViewQuery | null {
  if (key === "" || key.length > 100) return null;
  const params = new URLSearchParams();
  for (const part of key.split(".")) {
    const dash = part.indexOf("-");
    if (dash < 1) return null;
    params.append(part.slice(0, dash), part.slice(dash + 1));
  }
  if (countriesViewKey(params) !== key) return null;
  return Object.fromEntries(params) as CountriesViewQuery;
}

// ——— A state's records (app/[locale]/countries/[iso3]/records/[view]) ———

/** ISO 3166-1 alpha-3 codes (the package's code table only, not its names). */
const STATE_CODES = new Set(isoCodes.map((row) => row[1]));
/** Not a state: the one key a records view answers "not found" for. */
const INVALID_STATE = "XXX";
/** Pages of ten beyond this (records 1,001 on, of one kind, in one state) are rendered per request. */
export const RECORDS_VIEW_MAX_PAGE = 100;
export const RECORDS_PAGE_PARAMS = ["fpage", "cpage", "apage"] as const;
export type TRecordsPages = Partial<Record<(typeof RECORDS_PAGE_PARAMS)[number], string>>;

export function isStateCode(iso3: string) {
  return STATE_CODES.has(iso3);
}

/** `?cpage=2` → `/{locale}/countries/{iso3}/records/cpage-2`; no page → `…/records/first`; else null. */
function recordsViewPath(locale: string, iso3: string, params: URLSearchParams): string | null {
  if (!isStateCode(iso3)) return null;
  const view = recordsViewKey(params);
  return view === null ? null : `/${locale}/countries/${iso3}/records/${view}`;
}

/** The records page's canonical key: "first", or one list's page ("cpage-2"); null when not cached. */
export function recordsViewKey(params: URLSearchParams): string | null {
  let view = "first";
  const seen = new Set<string>();
  for (const [name, value] of params) {
    if (seen.has(name) || !(RECORDS_PAGE_PARAMS as readonly string[]).includes(name)) return null;
    seen.add(name);
    if (value === "" || value === "1") continue;
    if (view !== "first" || !/^[1-9][0-9]{0,2}$/.test(value) || Number(value) > RECORDS_VIEW_MAX_PAGE) return null;
    view = `${name}-${value}`;
  }
  return view;
}

/** A records view key back to the pages it shows, or null unless the key is exactly canonical. */
export function recordsViewPages(view: string): TRecordsPages | null {
  if (view === "first") return {};
  const m = /^(fpage|cpage|apage)-([0-9]{1,3})$/.exec(view);
  if (!m) return null;
  const params = new URLSearchParams({ [m[1]!]: m[2]! });
  return recordsViewKey(params) === view ? { [m[1]!]: m[2]! } : null;
}
