// proxy.ts sends the query views of cached pages to their own routes; the cached page itself must
// never receive a query it would ignore, and other paths must pass through untouched.
import { describe, expect, it } from "vitest";
import {
  countriesViewKey,
  countriesViewQuery,
  queryViewPath,
  recordsViewKey,
  recordsViewPages,
  VIEW_GROUPS,
  VIEW_REGIONS,
  VIEW_SORTS,
} from "~/components/i18n/query-views";
import { M49_REGIONS } from "~/db/seed/reference/countries";
import { unGroupEnum } from "~/db/schema";
import { COUNTRY_TABLE_SORTS } from "~/server/services/progress/country-table-schemas";

const q = (s: string) => new URLSearchParams(s);

describe("queryViewPath", () => {
  it("rewrites a countries query that is not canonical to the dynamic table, in every language", () => {
    expect(queryViewPath("/en/countries", q("q=ghana"))).toBe("/en/countries/table");
    expect(queryViewPath("/zh/countries/", q("measure=x&sort=score&dir=desc"))).toBe("/zh/countries/table");
    expect(queryViewPath("/ar/countries", q("q=ghana"))).toBe("/ar/countries/table");
    expect(queryViewPath("/ru/parliamentarians", q("country=ken"))).toBe("/ru/parliamentarians/KEN");
  });

  it("rewrites any measures query to the per-request catalogue (decision 037)", () => {
    expect(queryViewPath("/en/measures", q("q=x"))).toBe("/en/measures-filtered");
    expect(queryViewPath("/fr/measures/", q("pillar=2&page=3"))).toBe("/fr/measures-filtered");
    expect(queryViewPath("/en/measures/ratify-rome-statute", q("q=x"))).toBeNull();
  });

  it("serves the cached page when there is no query", () => {
    expect(queryViewPath("/en/countries", q(""))).toBeNull();
    expect(queryViewPath("/en/measures", q(""))).toBeNull();
    expect(queryViewPath("/en/parliamentarians", q(""))).toBeNull();
  });

  it("rewrites a parliamentarians country to its per-country page, upper-cased; a bad or empty one is ignored", () => {
    expect(queryViewPath("/en/parliamentarians", q("country=ken"))).toBe("/en/parliamentarians/KEN");
    expect(queryViewPath("/en/parliamentarians", q("country="))).toBeNull();
    expect(queryViewPath("/en/parliamentarians", q("country=../x"))).toBeNull();
  });

  it("leaves every other path alone", () => {
    expect(queryViewPath("/en/countries/KEN", q("cpage=2"))).toBeNull();
    expect(queryViewPath("/en/countries/KEN/timeline", q("cpage=2"))).toBeNull();
    expect(queryViewPath("/de/countries", q("q=x"))).toBeNull();
  });

  it("sends a profile or a measure page with ?asOf to its as-of route, the day in the path", () => {
    expect(queryViewPath("/en/countries/KEN", q("asOf=2020-05-01"))).toBe("/en/countries/KEN/as-of/2020-05-01");
    expect(queryViewPath("/ar/measures/ratify-rome-statute", q("asOf=2019-01-01"))).toBe("/ar/measures/ratify-rome-statute/as-of/2019-01-01");
    expect(queryViewPath("/en/countries/KEN", q("asOf=../../x"))).toBe("/en/countries/KEN/as-of/invalid");
    expect(queryViewPath("/en/countries/KEN", q("asOf="))).toBeNull();
    expect(queryViewPath("/xx/countries/KEN", q("asOf=2020-05-01"))).toBeNull();
    expect(queryViewPath("/en/countries/KEN/records", q("asOf=2020-05-01"))).toBeNull();
  });

  it("sends a canonical countries query to its cached view, the query in the path (decision 039)", () => {
    expect(queryViewPath("/en/countries", q("group=weog&sort=score&dir=desc"))).toBe("/en/countries/view/group-weog.sort-score.dir-desc");
    // Order and empty fields (the filter form sends them all) do not make another key.
    expect(queryViewPath("/fr/countries", q("dir=desc&q=&org=&measure=&status=&minScore=&maxScore=&region=&group=weog&sort=score"))).toBe(
      "/fr/countries/view/group-weog.sort-score.dir-desc",
    );
    expect(queryViewPath("/en/countries", q("region=150&page=2"))).toBe("/en/countries/view/region-150.page-2");
    // The app's own links go to /countries/table?…: canonical ones are cached too.
    expect(queryViewPath("/en/countries/table", q("sort=region"))).toBe("/en/countries/view/sort-region");
    expect(queryViewPath("/en/countries/table", q("q=ken"))).toBeNull();
    expect(queryViewPath("/en/countries", q("sort=name&dir=asc&page=1"))).toBe("/en/countries/view/sort-name.dir-asc");
    // Nothing left: the page itself answers (a rewrite to the plain page's own address hung).
    expect(queryViewPath("/en/countries", q("page=1&group="))).toBeNull();
    expect(queryViewPath("/en/countries/table", q("q="))).toBeNull();
    expect(queryViewPath("/en/countries/table", q("page=1"))).toBeNull();
  });

  it("keeps every other countries query per request: free text, bounds, a measure, unknown, repeated or out-of-set values", () => {
    for (const bad of [
      "q=ghana",
      "minScore=10",
      "measure=appoint-national-r2p-focal-point",
      "sort=status",
      "group=weog&group=african",
      "group=WEOG",
      "group=nope",
      "region=001",
      "page=5",
      "page=02",
      "page=0",
      "dir=up",
      "utm_source=x&group=weog",
      "group=weog%00",
      `group=${"x".repeat(10_000)}`,
    ]) {
      expect(countriesViewKey(q(bad)), bad).toBeNull();
      expect(queryViewPath("/en/countries", q(bad)), bad).toBe("/en/countries/table");
    }
  });

  it("reads a countries key back only when it is exactly canonical", () => {
    expect(countriesViewQuery("group-weog.sort-score.dir-desc")).toEqual({ group: "weog", sort: "score", dir: "desc" });
    for (const bad of ["", "sort-score.group-weog", "group-weog.group-weog", "sort-status", "page-1", "group-nope", "group", "-weog", "q-x", "x".repeat(500)]) {
      expect(countriesViewQuery(bad), bad).toBeNull();
    }
  });

  it("keeps the countries key space small: closed sets that match the data's", () => {
    expect([...VIEW_REGIONS].sort()).toEqual(Object.values(M49_REGIONS).map((r) => r.m49).sort());
    expect([...VIEW_GROUPS]).toEqual(unGroupEnum.enumValues);
    expect(COUNTRY_TABLE_SORTS.filter((s) => s !== "status")).toEqual([...VIEW_SORTS]);
    // (regions + none) × (groups + none) × (sorts + none) × (dirs + none) × pages, per language.
    expect((VIEW_REGIONS.length + 1) * (VIEW_GROUPS.length + 1) * (VIEW_SORTS.length + 1) * 3 * 4).toBe(2_160);
  });

  it("sends a state's records with at most one list paged to the cached records view", () => {
    expect(queryViewPath("/en/countries/LTU/records", q("cpage=2"))).toBe("/en/countries/LTU/records/cpage-2");
    expect(queryViewPath("/zh/countries/LTU/records/", q(""))).toBe("/zh/countries/LTU/records/first");
    expect(queryViewPath("/en/countries/LTU/records", q("fpage=1&cpage=1&apage=7"))).toBe("/en/countries/LTU/records/apage-7");
    expect(queryViewPath("/en/countries/LTU/records", q("apage=100"))).toBe("/en/countries/LTU/records/apage-100");
    for (const bad of ["cpage=2&fpage=2", "cpage=101", "cpage=02", "cpage=0", "cpage=-1", "cpage=2&cpage=3", "page=2", "cpage=2%00", `cpage=${"9".repeat(5000)}`]) {
      expect(recordsViewKey(q(bad)), bad).toBeNull();
      expect(queryViewPath("/en/countries/LTU/records", q(bad)), bad).toBeNull();
    }
    // Not a state code: the one not-found page of the language (see the gate below).
    expect(queryViewPath("/en/countries/QQQ/records", q("cpage=2"))).toBe("/en/countries/XXX");
  });

  it("reads a records key back only when it is exactly canonical", () => {
    expect(recordsViewPages("first")).toEqual({});
    expect(recordsViewPages("cpage-2")).toEqual({ cpage: "2" });
    for (const bad of ["cpage-1", "cpage-02", "cpage-101", "page-2", "cpage-2.fpage-2", "", "FIRST"]) expect(recordsViewPages(bad), bad).toBeNull();
  });

  it("lets a direct request for a cached view through only with a canonical key; anything else gets the one invalid key", () => {
    expect(queryViewPath("/en/countries/view/group-weog", q(""))).toBeNull();
    expect(queryViewPath("/en/countries/view/invalid", q(""))).toBeNull();
    expect(queryViewPath("/en/countries/view/group-nope", q(""))).toBe("/en/countries/view/invalid");
    expect(queryViewPath("/en/countries/view/sort-score.group-weog", q(""))).toBe("/en/countries/view/invalid");
    expect(queryViewPath("/en/countries/view/%00", q(""))).toBe("/en/countries/view/invalid");
    expect(queryViewPath("/en/countries/LTU/records/cpage-2", q(""))).toBeNull();
    expect(queryViewPath("/en/countries/LTU/records/cpage-9999", q(""))).toBe("/en/countries/XXX/records/invalid");
    expect(queryViewPath("/en/countries/QQQ/records/cpage-2", q(""))).toBe("/en/countries/XXX/records/invalid");
    expect(queryViewPath("/ar/countries/ltu/records/first", q(""))).toBe("/ar/countries/XXX/records/invalid");
    expect(queryViewPath("/en/countries/XXX/records/invalid", q(""))).toBeNull();
  });
});

describe("the gate to the per-state cached pages", () => {
  it("sends every page under a segment that is not a state's code to one not-found page per language", () => {
    expect(queryViewPath("/en/countries/QQQ", q(""))).toBe("/en/countries/XXX");
    expect(queryViewPath("/ru/countries/ken", q(""))).toBe("/ru/countries/XXX");
    expect(queryViewPath("/fr/countries/QQQ/catalogue/2", q(""))).toBe("/fr/countries/XXX");
    expect(queryViewPath("/en/countries/QQQ", q("asOf=2020-01-01"))).toBe("/en/countries/XXX");
    expect(queryViewPath(`/en/countries/${"A".repeat(5000)}/timeline`, q(""))).toBe("/en/countries/XXX");
    expect(queryViewPath("/en/countries/XXX", q(""))).toBeNull();
  });

  it("lets a state's pages and the countries table's own routes through", () => {
    expect(queryViewPath("/en/countries/KEN", q(""))).toBeNull();
    expect(queryViewPath("/en/countries/KEN/catalogue", q(""))).toBeNull();
    expect(queryViewPath("/en/countries/KEN", q("asOf=2020-01-01"))).toBe("/en/countries/KEN/as-of/2020-01-01");
    expect(queryViewPath("/en/countries/table", q(""))).toBeNull();
  });

  it("serves the steps for parliamentarians without a country for a code that names no state", () => {
    expect(queryViewPath("/en/parliamentarians", q("country=QQQ"))).toBeNull();
    expect(queryViewPath("/en/parliamentarians/QQQ", q(""))).toBe("/en/parliamentarians");
    expect(queryViewPath("/en/parliamentarians/KEN", q(""))).toBeNull();
  });
});
