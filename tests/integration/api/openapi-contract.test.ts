// The public API keeps its contract (issue 11): every /api/v1 route handler (found on disk, so a new
// one cannot be left out) is called, and each real answer is validated against the generated
// OpenAPI document, with undeclared fields refused. Data holding private values is seeded first.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as openapi } from "~/app/api/v1/openapi.json/route";
import { makeAction } from "../../helpers/actions";
import { makeViewer, setupDatabase } from "../../helpers/factories";
import { checkJsonSchema } from "../../helpers/json-schema-check";
import { makeRecord } from "../../helpers/records";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response> | Response;
type Doc = {
  servers: { url: string }[];
  paths: Record<string, { get: { responses: Record<string, { content?: Record<string, { schema: Record<string, unknown> }> }> } }>;
};

const V1 = path.resolve(import.meta.dirname, "../../../app/api/v1");

/** `countries/[iso3]/route.ts` → `/countries/{iso3}`: every route file under app/api/v1. */
function routeFiles(dir = V1): { apiPath: string; file: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    if (name !== "route.ts") return [];
    const rel = path.relative(V1, dir).split(path.sep).filter(Boolean);
    return [{ apiPath: `/${rel.map((p) => p.replace(/^\[(.+)\]$/, "{$1}")).join("/")}`, file: full }];
  });
}

/** Calls that reach each endpoint's answers: a normal one first, then refusals. */
const CALLS: Record<string, { query?: string; params?: Record<string, string> }[]> = {
  "/health": [{}],
  "/documents": [{ query: "pageSize=5" }, { query: "page=0" }],
  "/documents/{slug}": [{ params: { slug: "a-65-877" } }, { params: { slug: "no-such-document" } }],
  "/documents/{slug}/units/{locator}": [
    { params: { slug: "a-72-884", locator: "45(a)" } },
    { params: { slug: "a-72-884", locator: "no-such-unit" } },
  ],
  "/search": [{ query: "q=协调人" }, { query: "q=focal%20point&pageSize=50" }, { query: "q=" }],
  "/records": [
    { query: "country=KEN&pageSize=500" },
    { query: "country=KEN&type=focal_point" },
    { query: "type=parliamentary_action" },
    { query: "country=kenya" },
  ],
  "/actions": [{ query: "country=KEN&pageSize=500" }, { query: "kind=nope" }],
  "/measures": [{ query: "pageSize=20" }, { query: "q=协调人" }, { query: "deleted=true" }],
  "/measures/{slug}": [{ params: { slug: "appoint-national-r2p-focal-point" } }, { params: { slug: "no-such-measure" } }],
  "/countries": [{ query: "pageSize=10" }, { query: "group=african&pageSize=5&lang=ar" }, { query: "pageSize=9999" }, { query: "lang=de" }],
  "/countries/{iso3}": [
    { params: { iso3: "KEN" } },
    { params: { iso3: "KEN" }, query: "asOf=2020-06-30" },
    { params: { iso3: "XXX" } },
    { params: { iso3: "ken" } },
    { params: { iso3: "KEN" }, query: "asOf=1900-01-01" },
  ],
  "/countries/{iso3}/changes": [
    { params: { iso3: "KEN" }, query: "since=2020-01-01" },
    { params: { iso3: "XXX" }, query: "since=2020-01-01" },
    { params: { iso3: "KEN" }, query: "since=2020-01-01&until=2019-01-01" },
  ],
  "/regional-organizations": [{}, { query: "lang=fr" }, { query: "lang=xx" }],
  "/regional-organizations/{id}": [{ params: { id: "au" } }, { params: { id: "au" }, query: "asOf=2021-01-01" }, { params: { id: "no-such-body" } }],
  "/datapackage.json": [{}],
  "/dataset.zip": [{}],
  "/dataset/{resource}": [{ params: { resource: "countries.csv" } }, { params: { resource: "nothing.csv" } }],
};

let doc: Doc;

beforeAll(async () => {
  await setupDatabase();
  const member = await makeViewer("member");
  await makeRecord({ owner: member, reviewStatus: "published", overrides: { notes: "internal note" } });
  await makeRecord({
    owner: member,
    reviewStatus: "published",
    overrides: { type: "focal_point", personName: "Private Person", personNamePublic: false, notes: "internal" },
  });
  await makeRecord({ owner: member, reviewStatus: "published", overrides: { type: "parliamentary_action" } });
  await makeAction({ author: member, overrides: { visibility: "public" } });
  doc = (await openapi().json()) as Doc;
});

describe("the generated OpenAPI document", () => {
  it("describes exactly the route handlers there are", () => {
    const onDisk = routeFiles()
      .map((r) => r.apiPath)
      .filter((p) => p !== "/openapi.json")
      .sort();
    expect(Object.keys(doc.paths).sort()).toEqual(onDisk);
    expect(Object.keys(CALLS).sort()).toEqual(onDisk);
  });

  it("points at the API under the configured address", () => {
    expect(doc.servers).toEqual([{ url: `${process.env.APP_URL}/api/v1` }]);
  });

  it("closes every object (undeclared fields are refused) and carries examples", () => {
    const text = JSON.stringify(doc);
    expect(text).toContain('"additionalProperties":false');
    expect(text).not.toMatch(/"additionalProperties":true/);
    expect(text).toContain('"examples"');
  });
});

describe("every /api/v1 answer conforms to the document", () => {
  it.each(routeFiles().filter((r) => r.apiPath !== "/openapi.json"))("$apiPath", async ({ apiPath, file }) => {
    const { GET } = (await import(file)) as { GET: Handler };
    for (const call of CALLS[apiPath] ?? []) {
      const url = `http://app.test/api/v1${apiPath.replace(/\{(\w+)\}/g, (_, k: string) => encodeURIComponent(call.params?.[k] ?? ""))}${call.query ? `?${call.query}` : ""}`;
      const res = await GET(new Request(url), { params: Promise.resolve(call.params ?? {}) });
      const declared = doc.paths[apiPath]!.get.responses[String(res.status)];
      expect(declared, `${url} answered ${res.status}, which the document does not declare`).toBeDefined();
      const schema = declared!.content?.["application/json"]?.schema;
      if (!schema) continue;
      const body: unknown = await res.json();
      expect(checkJsonSchema(body, schema, doc as unknown as Record<string, unknown>), url).toEqual([]);
    }
  });

  it("would refuse a field the document does not declare", async () => {
    const { GET } = (await import(path.join(V1, "records/route.ts"))) as { GET: Handler };
    const body = (await (await GET(new Request("http://app.test/api/v1/records?country=KEN"), { params: Promise.resolve({}) })).json()) as {
      items: Record<string, unknown>[];
    };
    expect(body.items.length).toBeGreaterThan(0);
    const schema = doc.paths["/records"]!.get.responses["200"]!.content!["application/json"]!.schema;
    const tampered = { ...body, items: [{ ...body.items[0], notes: "internal note" }] };
    expect(checkJsonSchema(tampered, schema, doc as unknown as Record<string, unknown>)).toEqual([
      "$.items[0]: undeclared field notes",
    ]);
    expect(JSON.stringify(body)).not.toContain("internal note");
    expect(JSON.stringify(body)).not.toContain("Private Person");
  });
});
