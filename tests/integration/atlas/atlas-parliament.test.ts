// Steps for parliamentarians in one country: each step's derived status, what the parliament
// (parliamentary actions) and the government (commitments, focal points) have done — published
// records only — and the tally.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db/client";
import { record } from "~/db/schema";
import { parliamentSteps } from "~/server/services/measures/parliament-steps";
import { parliamentCountryProgress } from "~/server/services/progress/parliament-country";
import { ZParliamentCountrySchema } from "~/server/services/progress/parliament-country.types";
import { expectEvery } from "../../helpers/expect-every";
import { makeViewer, setupDatabase } from "../../helpers/factories";
import { freshCountry } from "../../helpers/progress";
import { setStatus } from "../../helpers/progress-rows";
import { makeRecord } from "../../helpers/records";

beforeAll(setupDatabase);

describe("a country's progress on the parliamentarians' steps", () => {
  it("gives each step its status and the published records behind it, split by who acted", async () => {
    const steps = await parliamentSteps();
    const ids = steps.groups.flatMap((g) => g.items.map((m) => m.id));
    expect(ids.length).toBeGreaterThanOrEqual(2);
    const [first, second] = steps.groups.flatMap((g) => g.items);
    await freshCountry("ZMB");
    await setStatus("ZMB", first!.id, "in_progress", { since: "2025-02-01" });
    const mp = await makeViewer("parliamentarian", { countryIso3: "ZMB" });
    const { row: action } = await makeRecord({ owner: mp, reviewStatus: "published", overrides: { countryIso3: "ZMB", measures: [first!.slug] } });
    const { row: pledge } = await makeRecord({ reviewStatus: "published", overrides: { countryIso3: "ZMB", measures: [first!.slug] } });
    const { row: draft } = await makeRecord({ owner: mp, overrides: { countryIso3: "ZMB", measures: [first!.slug] } });
    const { row: deleted } = await makeRecord({ reviewStatus: "published", overrides: { countryIso3: "ZMB", measures: [second!.slug] } });
    await db.update(record).set({ deletedAt: new Date() }).where(eq(record.id, deleted.id));

    const progress = (await parliamentCountryProgress({ input: { iso3: "ZMB", measureIds: ids } }))!;
    expect(progress.country).toMatchObject({ iso3: "ZMB", name: { en: "Zambia" } });
    const step = progress.steps[first!.id]!;
    expect(step).toMatchObject({ status: "in_progress", since: "2025-02-01" });
    expect(step.parliament.map((r) => r.id)).toEqual([action.id]);
    expect(step.government.map((r) => r.id)).toEqual([pledge.id]);
    expect([...step.parliament, ...step.government].some((r) => r.id === draft.id)).toBe(false);
    expect(progress.steps[second!.id]).toMatchObject({ status: "none", parliament: [], government: [] });
    expect(progress.counts.in_progress).toBe(1);
    expect(Object.values(progress.counts).reduce((a, b) => a + b, 0)).toBe(ids.length);
  });

  it("knows nothing of another country's records", async () => {
    const steps = await parliamentSteps();
    const ids = steps.groups.flatMap((g) => g.items.map((m) => m.id));
    const step = steps.groups[0]!.items[0]!;
    // Kyrgyzstan has a status and published records on the step; Tajikistan, its neighbour, has none.
    // Both are this file's alone, cleaned in case an earlier run on this database left records.
    await freshCountry("TJK");
    await freshCountry("KGZ");
    await setStatus("KGZ", step.id, "implemented", { since: "2024-06-01" });
    const mp = await makeViewer("parliamentarian", { countryIso3: "KGZ" });
    const { row: action } = await makeRecord({ owner: mp, reviewStatus: "published", overrides: { countryIso3: "KGZ", measures: [step.slug] } });
    const { row: pledge } = await makeRecord({ reviewStatus: "published", overrides: { countryIso3: "KGZ", measures: [step.slug] } });

    const elsewhere = (await parliamentCountryProgress({ input: { iso3: "KGZ", measureIds: ids } }))!;
    expect(elsewhere.steps[step.id]).toMatchObject({ status: "implemented", parliament: [{ id: action.id }], government: [{ id: pledge.id }] });
    const progress = (await parliamentCountryProgress({ input: { iso3: "TJK", measureIds: ids } }))!;
    expect(progress.country.iso3).toBe("TJK");
    expectEvery(Object.values(progress.steps), (s) => s.status === "none" && s.parliament.length === 0 && s.government.length === 0);
    expect(progress.counts.none).toBe(ids.length);
  });

  it("returns null for a code that names no state, and validates the parameter", async () => {
    expect(await parliamentCountryProgress({ input: { iso3: "XXX", measureIds: [] } })).toBeNull();
    expect(ZParliamentCountrySchema.safeParse("KEN").success).toBe(true);
    for (const bad of ["ken", "KENYA", "", "K1N"]) expect(ZParliamentCountrySchema.safeParse(bad).success).toBe(false);
  });
});
