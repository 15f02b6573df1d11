// Regional organisations as subjects (issue 14): a profile with its members, focal point and the
// statuses of the measures addressed to regional bodies, and its score in the public API.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as organizationRoute } from "~/app/api/v1/regional-organizations/[id]/route";
import { GET as organizationsRoute } from "~/app/api/v1/regional-organizations/route";
import { GET as changesRoute } from "~/app/api/v1/countries/[iso3]/changes/route";
import { GET as countryRoute } from "~/app/api/v1/countries/[iso3]/route";
import { GET as countriesRoute } from "~/app/api/v1/countries/route";
import { db } from "~/db/client";
import { record, regionalOrganization } from "~/db/schema";
import { callerFor, makeViewer, setupDatabase } from "../../helpers/factories";
import { freshCountry } from "../../helpers/progress";
import { recordInput } from "../../helpers/records";

const ORG = "pif";
const ISO3 = "CPV";
const MEASURE = "regional-atrocity-early-warning-capacity";

beforeAll(async () => {
  await setupDatabase();
  await freshCountry(ISO3);
  // Records of the organisation from an earlier run on a shared database would still count.
  const [org] = await db.select().from(regionalOrganization).where(eq(regionalOrganization.slug, ORG));
  await db.update(record).set({ deletedAt: new Date() }).where(eq(record.regionalOrganizationId, org!.id));
});

const call = async <P extends Record<string, string>>(route: (r: Request, c: { params: Promise<P> }) => Promise<Response>, path: string, params: P) => {
  const res = await route(new Request(`http://app.test/api/v1${path}`), { params: Promise.resolve(params) });
  return { status: res.status, body: await res.json() };
};

describe("a regional organisation's profile", () => {
  it("shows its focal point, the status of its regional measures with their since, and its score", async () => {
    const [org] = await db.select().from(regionalOrganization).where(eq(regionalOrganization.slug, ORG));
    const staff = callerFor(await makeViewer("secretariat"));
    const fp = await staff.records.create(
      await recordInput(null, { type: "focal_point", countryIso3: null, regionalOrganizationId: org!.id, date: "2019-05-01", personName: "Hidden Name", personNamePublic: false }),
    );
    const pledge = await staff.records.create(
      await recordInput(null, { type: "commitment", countryIso3: null, regionalOrganizationId: org!.id, status: "announced", date: "2020-02-01", measures: [MEASURE] }),
    );
    await staff.statusEvents.propose({ recordId: pledge.id, date: "2022-09-01", status: "fulfilled" });

    const now = await call(organizationRoute, `/regional-organizations/${ORG}`, { id: ORG });
    expect(now.status).toBe(200);
    expect(now.body.focalPointInOffice).toBe(true);
    expect(now.body.focalPoints).toEqual([expect.objectContaining({ id: fp.id, appointedOn: "2019-05-01", personName: null })]);
    expect(now.body.members.length).toBeGreaterThan(0);
    expect(now.body.statuses).toEqual([{ measure: MEASURE, status: "implemented", since: "2022-09-01", evidence: [{ type: "commitment", id: pledge.id }] }]);
    expect(now.body.applicableMeasures).toContain(MEASURE);
    expect(now.body.score.overall).toBeCloseTo(1 / now.body.applicableMeasures.length, 3);

    const before = await call(organizationRoute, `/regional-organizations/${ORG}?asOf=2021-01-01`, { id: ORG });
    expect(before.body.statuses).toEqual([{ measure: MEASURE, status: "committed", since: "2020-02-01", evidence: [{ type: "commitment", id: pledge.id }] }]);
    expect(before.body.score.overall).toBe(0);
    expect((await call(organizationRoute, `/regional-organizations/${ORG}?asOf=2018-01-01`, { id: ORG })).body.focalPointInOffice).toBe(false);

    const list = await call(organizationsRoute, "/regional-organizations", {});
    const listed = list.body.items.find((o: { id: string }) => o.id === ORG);
    expect(listed).toMatchObject({ focalPointInOffice: true, score: { overall: now.body.score.overall } });
    expect(list.body.total).toBe(list.body.items.length);
    // A state's own score does not count its organisation's records.
    expect(JSON.stringify(list.body)).not.toContain("Hidden Name");
  });

  it("answers 404 for an unknown organisation and 400 naming asOf for a date out of range", async () => {
    expect((await call(organizationRoute, "/regional-organizations/nope", { id: "nope" })).status).toBe(404);
    const bad = await call(organizationRoute, `/regional-organizations/${ORG}?asOf=2999-01-01`, { id: ORG });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.fieldErrors)).toEqual(["asOf"]);
  });
});

describe("a state as of a date, and what changed since", () => {
  it("the profile, the list and the changes agree on the history", async () => {
    const staff = callerFor(await makeViewer("secretariat"));
    const rec = await staff.records.create(
      await recordInput(null, { type: "commitment", countryIso3: ISO3, status: "announced", date: "2019-03-01", measures: ["ratify-rome-statute"] }),
    );
    await staff.statusEvents.propose({ recordId: rec.id, date: "2021-06-15", status: "in_progress" });
    await staff.statusEvents.propose({ recordId: rec.id, date: "2024-02-01", status: "fulfilled" });

    const on = async (asOf: string) => (await call(countryRoute, `/countries/${ISO3}?asOf=${asOf}`, { iso3: ISO3 })).body;
    const statusOn = async (asOf: string) => (await on(asOf)).statuses.find((s: { measure: string }) => s.measure === "ratify-rome-statute")?.status;
    expect(await statusOn("2018-12-31")).toBeUndefined();
    expect(await statusOn("2020-01-01")).toBe("committed");
    expect(await statusOn("2022-01-01")).toBe("in_progress");
    expect(await statusOn("2025-01-01")).toBe("implemented");
    expect((await on("2022-01-01")).asOf).toBe("2022-01-01");

    const page = await call(countriesRoute, `/countries?q=${ISO3}&asOf=2022-01-01`, {});
    expect(page.body.items[0].score.overall).toBe((await on("2022-01-01")).score.overall);

    const changes = await call(changesRoute, `/countries/${ISO3}/changes?since=2020-01-01&until=2025-01-01`, { iso3: ISO3 });
    expect(changes.status).toBe(200);
    const rome = changes.body.items.filter((c: { measure: string }) => c.measure === "ratify-rome-statute");
    expect(rome).toEqual([
      { date: "2021-06-15", measure: "ratify-rome-statute", from: "committed", to: "in_progress", causes: [expect.objectContaining({ id: rec.id, status: "in_progress" })] },
      { date: "2024-02-01", measure: "ratify-rome-statute", from: "in_progress", to: "implemented", causes: [expect.objectContaining({ id: rec.id, status: "fulfilled" })] },
    ]);
  });
});
