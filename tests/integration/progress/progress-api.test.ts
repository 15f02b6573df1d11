// The public progress API: GET /api/v1/countries (with scores) and /api/v1/countries/{iso3} (statuses
// with their evidence). The statuses always agree with the published records they cite: every
// evidence id is a published record of the country linked to the measure (or an appointment for the
// focal-point measures), and the pure rules run on the public records give the same statuses.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as countryRoute } from "~/app/api/v1/countries/[iso3]/route";
import { GET as countriesRoute } from "~/app/api/v1/countries/route";
import { GET as measuresRoute } from "~/app/api/v1/measures/route";
import { GET as openapi } from "~/app/api/v1/openapi.json/route";
import { GET as recordsRoute } from "~/app/api/v1/records/route";
import { FOCAL_POINT_MEASURE, measureStatuses, NETWORK_MEASURE, type ProgressRecord } from "~/server/progress/rules";
import { expectEvery } from "../../helpers/expect-every";
import { callerFor, makeViewer, setupDatabase } from "../../helpers/factories";
import { freshCountry } from "../../helpers/progress";
import { makeRecord, recordInput } from "../../helpers/records";

const OWN = "GUY";
beforeAll(async () => {
  await setupDatabase();
  await freshCountry("ISL");
  await freshCountry(OWN);
});

const ISO3 = "ISL";
const get = async (route: (r: Request) => Promise<Response>, path: string) => {
  const res = await route(new Request(`http://app.test/api/v1${path}`));
  return { status: res.status, body: await res.json() };
};
const profileOf = async (iso3: string) => {
  const res = await countryRoute(new Request(`http://app.test/api/v1/countries/${iso3}`), { params: Promise.resolve({ iso3 }) });
  return { status: res.status, body: await res.json() };
};

interface PublicRecord {
  id: string;
  type: ProgressRecord["type"];
  country: string;
  date: string;
  status: string | null;
  kind?: string | null;
  appointedOn?: string;
  endedOn?: string | null;
  network?: boolean;
  measures: string[];
  publishedAt: string;
  reviewStatus: string;
}

async function publishedRecordsOf(iso3: string) {
  const out: PublicRecord[] = [];
  for (let page = 1; ; page++) {
    const { body } = await get(recordsRoute, `/records?country=${iso3}&pageSize=500&page=${page}`);
    out.push(...body.items);
    if (out.length >= body.total) return out;
  }
}

/** Checks one country's API statuses against its published records, through the public API only. */
async function expectStatusesAgreeWithRecords(iso3: string) {
  const { body: profile } = await profileOf(iso3);
  const records = await publishedRecordsOf(iso3);
  const byId = new Map(records.map((r) => [r.id, r]));
  for (const s of profile.statuses as { measure: string; status: string; since: string; evidence: { type: string; id: string }[] }[]) {
    expect(s.evidence.length, s.measure).toBeGreaterThan(0);
    for (const e of s.evidence) {
      const r = byId.get(e.id);
      expect(r, `${s.measure} cites ${e.id}`).toBeDefined();
      expect(r!.reviewStatus).toBe("published");
      expect(r!.country).toBe(iso3);
      expect(r!.type).toBe(e.type);
      const byFocalPointRule = r!.type === "focal_point" && (s.measure === FOCAL_POINT_MEASURE || (s.measure === NETWORK_MEASURE && r!.network));
      expect(byFocalPointRule || r!.measures.includes(s.measure), `${e.id} is linked to ${s.measure}`).toBe(true);
    }
  }
  // Re-run the rules on the public records (slugs as ids) as of the day the statuses were computed.
  const { body: catalogue } = await get(measuresRoute, "/measures?pageSize=500");
  const measures = (catalogue.items as { slug: string; actor: string; pillar: number | null; key: boolean }[]).map((m) => ({ id: m.slug, ...m }));
  const input: ProgressRecord[] = records.map((r) => ({
    type: r.type,
    id: r.id,
    date: r.date,
    publishedAt: r.publishedAt,
    status: r.status,
    kind: r.kind ?? null,
    endedOn: r.endedOn ?? null,
    network: r.network ?? false,
    measureIds: r.measures,
  }));
  const again = measureStatuses(input, measures, profile.asOf).map((s) => ({ measure: s.measureId, status: s.status, since: s.since, evidence: s.evidence }));
  const bySlug = (a: { measure: string }, b: { measure: string }) => a.measure.localeCompare(b.measure);
  expect([...profile.statuses].sort(bySlug)).toEqual(again.sort(bySlug));
}

describe("GET /api/v1/countries/{iso3}", () => {
  it("gives statuses with evidence, scores and the focal point in office, agreeing with the published records", async () => {
    const staff = await makeViewer("secretariat");
    const asStaff = callerFor(staff);
    const create = async (over: Parameters<typeof recordInput>[1]) => asStaff.records.create(await recordInput(null, { countryIso3: ISO3, ...over }));
    const old = await create({ type: "focal_point", date: "2012-01-01", endedOn: "2018-01-01", network: true, measures: [FOCAL_POINT_MEASURE] });
    const current = await create({ type: "focal_point", date: "2019-03-01", network: false, measures: [FOCAL_POINT_MEASURE] });
    const ratified = await create({ type: "commitment", date: "2010-05-01", status: "fulfilled", measures: ["ratify-rome-statute"] });
    await create({ type: "commitment", date: "2021-05-01", status: "announced", measures: ["ratify-rome-statute", "national-early-warning-procedures"] });
    await create({ type: "commitment", date: "2022-05-01", status: "withdrawn", measures: ["ratify-genocide-convention"] });
    await create({ type: "parliamentary_action", date: "2023-02-01", kind: "bill_introduced", status: "ongoing", measures: ["criminalise-atrocity-crimes-in-national-law"] });
    await create({ type: "parliamentary_action", date: "2023-03-01", kind: "hearing", status: "completed", measures: ["parliamentary-oversight-of-atrocity-prevention", "national-atrocity-risk-assessment"] });
    // Not published: no effect.
    await makeRecord({ overrides: { countryIso3: ISO3, type: "commitment", status: "fulfilled", measures: ["national-atrocity-prevention-mechanism"] } });
    await makeRecord({ reviewStatus: "rejected", overrides: { countryIso3: ISO3, type: "commitment", status: "fulfilled", measures: ["join-group-of-friends-of-r2p"] } });

    const { status, body } = await profileOf(ISO3);
    expect(status).toBe(200);
    expect(body).toMatchObject({ iso3: ISO3, name: { en: "Iceland" }, group: "weog" });
    expect(body.focalPoints).toEqual([expect.objectContaining({ id: current.id, appointedOn: "2019-03-01", network: false })]);
    const statusOf = (slug: string) => body.statuses.find((s: { measure: string }) => s.measure === slug);
    expect(statusOf(FOCAL_POINT_MEASURE)).toEqual({ measure: FOCAL_POINT_MEASURE, status: "implemented", since: "2019-03-01", evidence: [{ type: "focal_point", id: current.id }] });
    expect(statusOf(NETWORK_MEASURE)).toEqual({ measure: NETWORK_MEASURE, status: "regressed", since: "2018-01-01", evidence: [{ type: "focal_point", id: old.id }] });
    expect(statusOf("ratify-rome-statute")).toEqual({ measure: "ratify-rome-statute", status: "implemented", since: "2010-05-01", evidence: [{ type: "commitment", id: ratified.id }] });
    expect(statusOf("national-early-warning-procedures")?.status).toBe("committed");
    expect(statusOf("ratify-genocide-convention")?.status).toBe("regressed");
    expect(statusOf("criminalise-atrocity-crimes-in-national-law")?.status).toBe("in_progress");
    expect(statusOf("parliamentary-oversight-of-atrocity-prevention")?.status).toBe("in_progress");
    expect(statusOf("national-atrocity-risk-assessment")).toBeUndefined();
    expect(statusOf("national-atrocity-prevention-mechanism")).toBeUndefined();
    expect(statusOf("join-group-of-friends-of-r2p")).toBeUndefined();
    expect(body.score.overall).toBeGreaterThan(0);
    expect(Object.keys(body.score.byPillar)).toEqual(["1", "2", "3"]);
    expect(Object.keys(body.score.byActor)).toEqual(["government", "parliament"]);
    expect(body.lastEvidenceOn).toBe("2023-03-01");

    await expectStatusesAgreeWithRecords(ISO3);
  });

  it("keeps agreeing after records change (edit, delete)", async () => {
    // Guyana is this file's alone (freshCountry above): the statuses below come from these records only.
    const asStaff = callerFor(await makeViewer("secretariat"));
    const statuses = async () =>
      ((await profileOf(OWN)).body.statuses as { measure: string; status: string; since: string; evidence: { id: string }[] }[])
        .map((s) => ({ measure: s.measure, status: s.status, since: s.since, evidence: s.evidence.map((e) => e.id) }))
        .sort((a, b) => a.measure.localeCompare(b.measure));
    const row = await asStaff.records.create(await recordInput(null, { type: "commitment", countryIso3: OWN, date: "2015-01-01", status: "in_progress", measures: ["ratify-rome-statute"] }));
    expect(await statuses()).toEqual([{ measure: "ratify-rome-statute", status: "in_progress", since: "2015-01-01", evidence: [row.id] }]);
    await expectStatusesAgreeWithRecords(OWN);
    const edited = await asStaff.records.update({ ...(await recordInput(null, { type: "commitment", countryIso3: OWN, date: "2015-01-01", status: "fulfilled", measures: ["ratify-rome-statute", "ratify-genocide-convention"] })), id: row.id, version: row.version });
    expect(await statuses()).toEqual([
      { measure: "ratify-genocide-convention", status: "implemented", since: "2015-01-01", evidence: [row.id] },
      { measure: "ratify-rome-statute", status: "implemented", since: "2015-01-01", evidence: [row.id] },
    ]);
    await expectStatusesAgreeWithRecords(OWN);
    await asStaff.records.delete({ id: edited.id });
    expect(await statuses()).toEqual([]);
    expect((await profileOf(OWN)).body.score.overall).toBe(0);
  });

  it("is 404 for an unknown or malformed ISO3", async () => {
    expect((await profileOf("XXX")).status).toBe(404);
    expect((await profileOf("gha")).status).toBe(404);
  });
});

describe("GET /api/v1/countries", () => {
  it("gives each state its score and keeps the shared pagination shape", async () => {
    const { status, body } = await get(countriesRoute, "/countries?group=weog&pageSize=500");
    expect(status).toBe(200);
    expect(body).toMatchObject({ page: 1, pageSize: 500 });
    const iceland = body.items.find((c: { iso3: string }) => c.iso3 === ISO3);
    expect(iceland).toMatchObject({ iso3: ISO3, name: { en: "Iceland" }, region: "150", group: "weog" });
    expect(iceland.score).toEqual({ overall: expect.any(Number), byPillar: expect.any(Object), byActor: expect.any(Object) });
    expectEvery(body.items as { group: string }[], (c) => c.group === "weog");
  });

  it("refuses a bad parameter with 400 naming it", async () => {
    for (const query of ["group=martian", "region=abc", "pageSize=0"]) {
      const { status, body } = await get(countriesRoute, `/countries?${query}`);
      expect(status, query).toBe(400);
      expect(Object.keys(body.fieldErrors)).toEqual([query.split("=")[0]]);
    }
  });

  it("is described in the OpenAPI document", async () => {
    const doc = await openapi().json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/countries", "/countries/{iso3}"]));
    expect(doc.components.schemas.CountryProfile.properties.statuses.items.$ref).toBe("#/components/schemas/MeasureStatus");
  });
});
