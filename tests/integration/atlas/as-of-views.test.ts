// "As of" views (issue 14, decision 033): a commitment with three dated events gives three different
// statuses as of three days on every view that takes a day — the countries table and map, a country
// profile and a measure's countries — and before its first event nothing is achieved.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db/client";
import { measure } from "~/db/schema";
import { parseAsOfParam } from "~/server/domain/as-of-param";
import { countryTableAsOf, mapCountriesAsOf, worldAsOf } from "~/server/services/progress/as-of-views";
import { getCountryProfile } from "~/server/services/progress/country-profile";
import { ZCountryTableInputSchema } from "~/server/services/progress/country-table-schemas";
import { measureCountriesByStatus } from "~/server/services/progress/measure-countries";
import { callerFor, makeViewer, setupDatabase } from "../../helpers/factories";
import { freshCountry } from "../../helpers/progress";
import { recordInput } from "../../helpers/records";

const ISO3 = "TUV";
const ROME = "ratify-rome-statute";
const DAYS = { before: "2018-01-01", announced: "2020-01-01", inProgress: "2022-01-01", fulfilled: "2025-01-01" } as const;
const EXPECTED = { before: "none", announced: "committed", inProgress: "in_progress", fulfilled: "implemented" } as const;

beforeAll(async () => {
  await setupDatabase();
  await freshCountry(ISO3);
  const secretariat = callerFor(await makeViewer("secretariat"));
  const member = await makeViewer("member");
  const rec = await secretariat.records.create(
    await recordInput(null, { type: "commitment", countryIso3: ISO3, status: "announced", date: "2019-03-01", measures: [ROME] }),
  );
  await secretariat.statusEvents.propose({ recordId: rec.id, date: "2021-06-15", status: "in_progress" });
  const proposed = await callerFor(member).statusEvents.propose({ recordId: rec.id, date: "2024-02-01", status: "fulfilled" });
  await secretariat.statusEvents.decide({ id: proposed.id, version: proposed.version, decision: "published" });
});

describe("as of a day", () => {
  it.each(Object.keys(DAYS) as (keyof typeof DAYS)[])("the table, the map, the profile and the measure agree (%s)", async (which) => {
    const day = DAYS[which];
    const status = EXPECTED[which];
    const world = await worldAsOf(day);
    expect(world.countries[ISO3]!.statuses[ROME]?.status ?? "none").toBe(status);

    const table = await countryTableAsOf(ZCountryTableInputSchema.parse({ q: ISO3, measure: ROME }), world);
    expect(table.items.map((c) => [c.iso3, c.status])).toEqual([[ISO3, status]]);
    if (status !== "none") {
      // The status filter works on the day's statuses too.
      const filtered = await countryTableAsOf(ZCountryTableInputSchema.parse({ measure: ROME, status, pageSize: 500 }), world);
      expect(filtered.items.map((c) => c.iso3)).toContain(ISO3);
    }

    const map = await mapCountriesAsOf(world, ROME);
    expect(map.find((c) => c.iso3 === ISO3)).toMatchObject({ status });

    const profile = await getCountryProfile({ input: { iso3: ISO3, asOf: day } });
    expect(profile!.progress.statuses.find((s) => s.measure === ROME)?.status ?? "none").toBe(status);

    const [m] = await db.select({ id: measure.id }).from(measure).where(eq(measure.slug, ROME));
    const byStatus = await measureCountriesByStatus(m!.id, "en", map);
    const group = byStatus.groups.find((g) => g.countries.some((c) => c.iso3 === ISO3));
    expect(group?.status ?? "none").toBe(status);
  });

  it("before the first event there is no score at all for the state", async () => {
    const map = await mapCountriesAsOf(await worldAsOf(DAYS.before), ROME);
    expect(map.find((c) => c.iso3 === ISO3)).toMatchObject({ score: null, status: "none", since: null });
  });

  it("the since date moves with the events", async () => {
    const since = async (day: string) => (await worldAsOf(day)).countries[ISO3]!.statuses[ROME]?.since;
    expect(await since(DAYS.announced)).toBe("2019-03-01");
    expect(await since(DAYS.inProgress)).toBe("2021-06-15");
    expect(await since(DAYS.fulfilled)).toBe("2024-02-01");
  });
});

describe("the ?asOf parameter", () => {
  const today = "2026-12-04";
  it("reads a day, clamps the future to today and the distant past to 24 Oct 1945, ignores the rest", () => {
    expect(parseAsOfParam(undefined, today)).toEqual({ asOf: null, past: false, notice: null });
    expect(parseAsOfParam("2020-02-29", today)).toEqual({ asOf: "2020-02-29", past: true, notice: null });
    expect(parseAsOfParam(today, today)).toEqual({ asOf: today, past: false, notice: null });
    expect(parseAsOfParam("2099-01-01", today)).toEqual({ asOf: today, past: false, notice: "future" });
    expect(parseAsOfParam("1900-01-01", today)).toEqual({ asOf: "1945-10-24", past: true, notice: "beforeEarliest" });
    for (const bad of ["2021-02-30", "yesterday", "2020-1-1", "<script>", ["2020-01-01"]]) {
      expect(parseAsOfParam(bad, today)).toEqual({ asOf: null, past: false, notice: "invalid" });
    }
  });
});
