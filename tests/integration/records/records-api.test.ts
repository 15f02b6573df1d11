// GET /api/v1/records: published records only, in the documented shape; bad parameters are a 400.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as records } from "~/app/api/v1/records/route";
import { makeViewer, setupDatabase } from "../../helpers/factories";
import { firstMeasureSlugs, makeRecord } from "../../helpers/records";

beforeAll(setupDatabase);

const get = async (query: string) => records(new Request(`http://app.test/api/v1/records?${query}`));

describe("public records API", () => {
  it("lists published records of a country with links and type-specific fields, and nothing else", async () => {
    const staff = await makeViewer("secretariat");
    const published = await makeRecord({
      owner: staff,
      overrides: { type: "focal_point", countryIso3: "NAM", personName: "Hidden Name", network: true },
    });
    const draft = await makeRecord({ reviewStatus: "draft", overrides: { countryIso3: "NAM" } });
    const res = await get("country=NAM&pageSize=500");
    expect(res.status).toBe(200);
    const body = await res.json();
    const ids = body.items.map((i: { id: string }) => i.id);
    expect(ids).toContain(published.row.id);
    expect(ids).not.toContain(draft.row.id);
    const item = body.items.find((i: { id: string }) => i.id === published.row.id);
    expect(item).toMatchObject({
      type: "focal_point",
      country: "NAM",
      appointedOn: "2026-05-01",
      office: "Ministry of Foreign Affairs",
      personName: null,
      network: true,
      measures: await firstMeasureSlugs(1),
      units: [{ document: "a-72-884", locator: "45(a)" }],
      evidence: [{ kind: "url", url: "https://example.org/evidence", label: "Statement" }],
    });
    expect(body).toMatchObject({ page: 1, pageSize: 500 });

    const [slug] = await firstMeasureSlugs(1);
    const byMeasure = await (await get(`country=NAM&type=focal_point&measure=${slug}`)).json();
    expect(byMeasure.items.map((i: { id: string }) => i.id)).toContain(published.row.id);
  });

  it("answers 400 for an unknown type or a malformed parameter", async () => {
    for (const q of ["type=treaty", "country=ke", "page=0", "pageSize=501"]) {
      const res = await get(q);
      expect(res.status, q).toBe(400);
      expect((await res.json()).error).toBe("VALIDATION");
    }
  });
});
