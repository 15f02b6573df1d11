// The countries table and map read the derived progress tables: filters, sorts, paging and a
// measure's status, in SQL. Rows are written directly (tests/helpers/progress-rows.ts).
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db/client";
import { country, regionalOrganization, regionalOrganizationMember } from "~/db/schema";
import { worldShapes } from "~/components/map/world-geometry";
import { parseCountryTableQuery } from "~/server/services/progress/country-table-schemas";
import { listCountryTable } from "~/server/services/progress/list-country-table";
import { listMapCountries } from "~/server/services/progress/list-map-countries";
import { measureCountriesByStatus } from "~/server/services/progress/measure-countries";
import { setupDatabase } from "../../helpers/factories";
import { makeMeasure } from "../../helpers/measures";
import { setScore, setStatus } from "../../helpers/progress-rows";

const OCEANIA = "009";
let oceania: string[] = [];
let measureId = "";
let measureSlug = "";

const table = (raw: Record<string, string>) => listCountryTable(parseCountryTableQuery(raw, "en"));

beforeAll(async () => {
  await setupDatabase();
  oceania = (await db.select({ iso3: country.iso3 }).from(country).where(eq(country.regionCode, OCEANIA))).map((r) => r.iso3);
  await setScore("FJI", 0.9);
  await setScore("WSM", 0.35);
  await setScore("TON", 0.1);
  const m = await makeMeasure();
  measureId = m.id;
  measureSlug = m.slug;
  await setStatus("FJI", m.id, "implemented", { since: "2024-03-01", evidence: [{ type: "focal_point", id: "00000000-0000-0000-0000-000000000001" }] });
  await setStatus("WSM", m.id, "committed");
  await setStatus("TON", m.id, "regressed");
});

describe("the countries table", () => {
  it("lists all 195 states 50 a page by default, with their scores", async () => {
    const page = await table({});
    expect(page.total).toBe(195);
    expect(page.items).toHaveLength(50);
    const fiji = (await table({ q: "Fiji" })).items[0]!;
    expect(fiji).toMatchObject({ iso3: "FJI", score: expect.closeTo(0.9, 5), status: "none" });
  });

  it("filters by region and UN group", async () => {
    const page = await table({ region: OCEANIA, pageSize: "500" });
    expect(page.total).toBe(oceania.length);
    expect(page.items.every((c) => c.region.code === OCEANIA)).toBe(true);
    const african = await table({ group: "african", pageSize: "500" });
    expect(african.total).toBeGreaterThan(50);
    expect(african.items.every((c) => c.group === "african")).toBe(true);
  });

  it("filters by regional organisation membership", async () => {
    const [org] = await db.select().from(regionalOrganization).limit(1);
    const members = await db
      .select({ iso3: regionalOrganizationMember.countryIso3 })
      .from(regionalOrganizationMember)
      .where(and(eq(regionalOrganizationMember.organizationId, org!.id)));
    const page = await table({ org: org!.slug, pageSize: "500" });
    expect(page.items.map((c) => c.iso3).sort()).toEqual(members.map((m) => m.iso3).sort());
  });

  it("sorts by score either way, states without a score at the end when best-first", async () => {
    const desc = await table({ region: OCEANIA, sort: "score", dir: "desc", pageSize: "500" });
    expect(desc.items.slice(0, 3).map((c) => c.iso3)).toEqual(["FJI", "WSM", "TON"]);
    const scores = desc.items.map((c) => c.score ?? -1);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const asc = await table({ region: OCEANIA, sort: "score", dir: "asc", pageSize: "500" });
    expect(asc.items.at(-1)!.iso3).toBe("FJI");
  });

  it("sorts by name in the page's language", async () => {
    const en = await table({ region: OCEANIA, pageSize: "500" });
    const names = en.items.map((c) => c.name.en);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const zh = await listCountryTable(parseCountryTableQuery({ region: OCEANIA, sort: "name", dir: "desc", pageSize: "500" }, "zh"));
    expect(zh.items.map((c) => c.iso3).sort()).toEqual(en.items.map((c) => c.iso3).sort());
  });

  it("shows and filters by a chosen measure's status, `none` for states without a row", async () => {
    const implemented = await table({ measure: measureSlug, status: "implemented" });
    expect(implemented.items.map((c) => c.iso3)).toEqual(["FJI"]);
    expect(implemented.items[0]).toMatchObject({ status: "implemented", since: "2024-03-01" });
    const none = await table({ measure: measureSlug, status: "none", region: OCEANIA, pageSize: "500" });
    expect(none.total).toBe(oceania.length - 3);
    expect(none.items.every((c) => c.status === "none")).toBe(true);
  });

  it("sorts by status in the order of progress, regressed last", async () => {
    const page = await table({ measure: measureSlug, region: OCEANIA, sort: "status", dir: "desc", pageSize: "3" });
    expect(page.items.map((c) => [c.iso3, c.status])).toEqual([
      ["TON", "regressed"],
      ["FJI", "implemented"],
      ["WSM", "committed"],
    ]);
  });

  it("ignores a status filter without a measure, and an unknown measure gives every state `none`", async () => {
    expect((await table({ status: "implemented" })).total).toBe(195);
    const unknown = await table({ measure: "no-such-measure", status: "implemented" });
    expect(unknown.total).toBe(0);
  });

  it("filters by score range in percent", async () => {
    const page = await table({ region: OCEANIA, minScore: "30", maxScore: "90", pageSize: "500" });
    expect(page.items.map((c) => c.iso3).sort()).toEqual(expect.arrayContaining(["FJI", "WSM"]));
    expect(page.items.some((c) => c.iso3 === "TON")).toBe(false);
    expect(page.items.every((c) => (c.score ?? 0) >= 0.3 && (c.score ?? 0) <= 0.9 + 1e-6)).toBe(true);
  });

  it("pages, and past the last page still says how many there are", async () => {
    const p2 = await table({ region: OCEANIA, pageSize: "2", page: "2" });
    expect(p2.items).toHaveLength(2);
    expect(p2.total).toBe(oceania.length);
    const p1 = await table({ region: OCEANIA, pageSize: "2", page: "1" });
    expect(p1.items.map((c) => c.iso3)).not.toEqual(p2.items.map((c) => c.iso3));
    const beyond = await table({ region: OCEANIA, pageSize: "2", page: "999" });
    expect(beyond).toMatchObject({ items: [], total: oceania.length, page: 999 });
  });
});

describe("the map's data", () => {
  // Natural Earth 1:110m has no shape for 29 small states (Malta, Singapore, most island states):
  // they are in the table but not drawn.
  it("gives every state, and 166 of them have a shape on the map", async () => {
    const countries = await listMapCountries();
    expect(countries).toHaveLength(195);
    const shapes = new Set(worldShapes().map((s) => s.m49));
    expect(countries.filter((c) => shapes.has(c.m49)).length).toBe(166);
    expect(countries.every((c) => c.status === "none")).toBe(true);
  });

  it("groups a measure's states by status for its page", async () => {
    const data = await measureCountriesByStatus(measureId, "en");
    const group = (s: string) => data.groups.find((g) => g.status === s)!.countries.map((c) => c.iso3);
    expect(group("implemented")).toEqual(["FJI"]);
    expect(group("committed")).toEqual(["WSM"]);
    expect(group("regressed")).toEqual(["TON"]);
    expect(group("in_progress")).toEqual([]);
    expect(data.counts.none).toBe(192);
    expect(data.countries.find((c) => c.iso3 === "FJI")).toMatchObject({ status: "implemented", since: "2024-03-01" });
  });
});
