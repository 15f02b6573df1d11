// The secretariat's dashboard figures, from the records: active focal points (ended ones and
// unpublished ones excluded), the review queue's size and age, states with no update in a year,
// recent decisions and the regional comparison.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db/client";
import { country, record, recordDecision, regionalOrganization } from "~/db/schema";
import { focalPointFigures, reviewQueueFigures, staleCountries } from "~/server/services/progress/dashboard-figures";
import { recentDecisions } from "~/server/services/progress/dashboard-recent";
import { meanScoreBy } from "~/server/services/progress/dashboard-regions";
import { callerFor, makeViewer, setupDatabase } from "../../helpers/factories";
import { freshCountry } from "../../helpers/progress";
import { setScore } from "../../helpers/progress-rows";
import { makeRecord } from "../../helpers/records";

beforeAll(setupDatabase);

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);
const isoDaysFromNow = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

async function focalPoint(holder: { countryIso3?: string; regionalOrganizationId?: number }, opts: { endedOn?: string; reviewStatus?: "published" | "submitted" } = {}) {
  const staff = await makeViewer("secretariat");
  const { row } = await makeRecord({
    owner: staff,
    reviewStatus: opts.reviewStatus ?? "published",
    overrides: {
      type: "focal_point",
      countryIso3: holder.countryIso3 ?? null,
      regionalOrganizationId: holder.regionalOrganizationId ?? null,
      date: "2024-01-10",
      endedOn: opts.endedOn ?? null,
    } as never,
  });
  return row;
}

// Countries here are this file's alone. The figures are global counts, so this file runs in the
// "serial" project (vitest.config.ts) after every other file, never while they add records.
describe("focal points", () => {
  it("counts states and regional organisations with an active, published appointment", async () => {
    // An earlier run on a reused database left appointments in these countries: start them clean.
    for (const iso3 of ["BDI", "BEN", "BFA", "CAF", "COM"]) await freshCountry(iso3);
    const before = await focalPointFigures();
    await focalPoint({ countryIso3: "BDI" }); // open-ended
    await focalPoint({ countryIso3: "BDI" }); // a second one: still one state
    await focalPoint({ countryIso3: "BEN" }, { endedOn: isoDaysFromNow(30) }); // ends in the future
    await focalPoint({ countryIso3: "BFA" }, { endedOn: "2024-06-30" }); // ended
    await focalPoint({ countryIso3: "CAF" }, { reviewStatus: "submitted" }); // not published
    const deleted = await focalPoint({ countryIso3: "COM" });
    await db.update(record).set({ deletedAt: new Date() }).where(eq(record.id, deleted.id));
    const [org] = await db.select().from(regionalOrganization).limit(1);
    await focalPoint({ regionalOrganizationId: org!.id });

    const after = await focalPointFigures();
    expect(after.states - before.states).toBe(2);
    expect(after.organizations.map((o) => o.slug)).toContain(org!.slug);
    expect(after.regionalOrganizations).toBeGreaterThanOrEqual(1);
    expect(after.reported).toMatchObject({ states: 61, regionalOrganizations: 2, document: "sg-2025", locator: "41" });
  });
});

describe("the review queue", () => {
  it("counts submitted records and says how long the oldest has waited", async () => {
    const before = await reviewQueueFigures();
    const { row } = await makeRecord({ reviewStatus: "submitted" });
    await db.update(record).set({ updatedAt: daysAgo(12) }).where(eq(record.id, row.id));
    const { row: gone } = await makeRecord({ reviewStatus: "submitted" });
    await db.update(record).set({ deletedAt: new Date() }).where(eq(record.id, gone.id));
    const after = await reviewQueueFigures();
    expect(after.size - before.size).toBe(1);
    expect(after.oldestDays).toBeGreaterThanOrEqual(12);
  });
});

describe("states with no update in 12 months", () => {
  it("lists states whose last published record is older than a year, or who have none", async () => {
    const { row: fresh } = await makeRecord({ reviewStatus: "published", overrides: { countryIso3: "URY" } });
    await db.update(record).set({ publishedAt: daysAgo(10) }).where(eq(record.id, fresh.id));
    const { row: old } = await makeRecord({ reviewStatus: "published", overrides: { countryIso3: "PRY" } });
    await db.update(record).set({ publishedAt: daysAgo(400) }).where(eq(record.id, old.id));

    const stale = await staleCountries();
    const byIso = new Map(stale.map((s) => [s.iso3, s]));
    expect(byIso.has("URY")).toBe(false);
    expect(byIso.get("PRY")?.lastPublishedAt?.getTime()).toBeCloseTo(daysAgo(400).getTime(), -5);
    // Never-updated states come first.
    const firstDated = stale.findIndex((s) => s.lastPublishedAt);
    expect(firstDated).toBeGreaterThan(0);
    expect(stale.slice(firstDated).filter((s) => !s.lastPublishedAt)).toEqual([]);
  });
});

describe("recent changes and regions", () => {
  it("shows the latest decisions first with the record they concern", async () => {
    const staff = await makeViewer("secretariat");
    const { row } = await makeRecord({ reviewStatus: "published", overrides: { countryIso3: "CHL" } });
    await db.insert(recordDecision).values({ recordId: row.id, decision: "published", decidedById: staff.id, createdAt: new Date(Date.now() + 60_000) });
    const recent = await recentDecisions(5);
    expect(recent[0]).toMatchObject({ decision: "published", record: { id: row.id }, holder: { iso3: "CHL", name: { en: "Chile" } } });
  });

  it("averages scores by region and by UN group, a state without a score counting 0", async () => {
    // Europe: the countries-table test writes Oceania's scores and may run alongside on PostgreSQL.
    const europe = await db.select({ iso3: country.iso3 }).from(country).where(eq(country.regionCode, "150"));
    for (const c of europe) await setScore(c.iso3, 0);
    await setScore("DEU", 0.8);
    await setScore("FRA", 0.4);
    const regions = await meanScoreBy("region");
    const row = regions.find((r) => r.key === "150")!;
    expect(row.states).toBe(europe.length);
    expect(row.mean).toBeCloseTo(1.2 / europe.length, 5);
    expect(row.label?.en).toBe("Europe");
    const groups = await meanScoreBy("group");
    expect(groups.map((g) => g.key).sort()).toEqual(["african", "asia_pacific", "eastern_european", "latin_american_caribbean", "weog"]);
    expect(groups.reduce((n, g) => n + g.states, 0)).toBeLessThanOrEqual(195);
  });
});

describe("the dashboard procedure", () => {
  it("is for staff, and rejects a bad comparison choice", async () => {
    const staff = await makeViewer("secretariat");
    await makeRecord({ reviewStatus: "submitted" });
    const data = await callerFor(staff).dashboard.overview({ by: "group" });
    expect(data.regions.by).toBe("group");
    // This file runs on its own (vitest.config.ts, "serial"): the queue is exactly what the figures say.
    expect(data.queue.size).toBeGreaterThanOrEqual(1);
    expect(data.queue.size).toBe((await reviewQueueFigures()).size);
    await expect(callerFor(staff).dashboard.overview({ by: "planet" as never })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(callerFor(await makeViewer("member")).dashboard.overview({ by: "region" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
