// proxy.ts sends the query views of cached pages to their own routes; the cached page itself must
// never receive a query it would ignore, and other paths must pass through untouched.
import { describe, expect, it } from "vitest";
import { queryViewPath } from "~/components/i18n/query-views";

const q = (s: string) => new URLSearchParams(s);

describe("queryViewPath", () => {
  it("rewrites any countries query to the dynamic table, in both languages", () => {
    expect(queryViewPath("/en/countries", q("q=ghana"))).toBe("/en/countries/table");
    expect(queryViewPath("/zh/countries/", q("sort=score&dir=desc"))).toBe("/zh/countries/table");
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
});
