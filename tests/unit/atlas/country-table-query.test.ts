import { describe, expect, it } from "vitest";
import { parseCountryTableQuery } from "~/server/services/progress/country-table-schemas";

describe("countries table query parameters", () => {
  it("defaults to name order, first page of 50", () => {
    expect(parseCountryTableQuery({}, "en")).toMatchObject({ sort: "name", dir: "asc", page: 1, pageSize: 50, locale: "en" });
  });

  it("keeps valid values", () => {
    const q = parseCountryTableQuery(
      { sort: "score", dir: "desc", region: "002", group: "african", org: "au", measure: "focal-point", status: "implemented", minScore: "20", maxScore: "80", page: "3", q: "ken" },
      "zh",
    );
    expect(q).toMatchObject({ sort: "score", dir: "desc", region: "002", group: "african", org: "au", measure: "focal-point", status: "implemented", minScore: 20, maxScore: 80, page: 3, q: "ken", locale: "zh" });
  });

  it("drops each bad value on its own, keeping the rest", () => {
    const q = parseCountryTableQuery(
      { sort: "evil", dir: "sideways", region: "2", group: "martian", org: "A B", status: "great", minScore: "-5", maxScore: "101", page: "0", pageSize: "9999", measure: "ok-slug" },
      "en",
    );
    expect(q).toMatchObject({ sort: "name", dir: "asc", page: 1, pageSize: 50, measure: "ok-slug" });
    for (const key of ["region", "group", "org", "status", "minScore", "maxScore"]) expect(q).not.toHaveProperty(key);
  });

  it("ignores repeated parameters (arrays)", () => {
    expect(parseCountryTableQuery({ sort: ["score", "name"] }, "en").sort).toBe("name");
  });
});
