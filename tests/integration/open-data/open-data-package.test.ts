// The Frictionless Data Package (issue 15): every CSV conforms to its table schema (types,
// constraints, keys, foreign keys), the zip holds exactly the descriptor's resources with their
// hashes, loading it reproduces the public API's figures for every country, nothing unpublished
// leaks, and the package is rebuilt when — and only when — the published data changes.
import { createHash } from "node:crypto";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as countryRoute } from "~/app/api/v1/countries/[iso3]/route";
import { GET as countriesRoute } from "~/app/api/v1/countries/route";
import { GET as datapackageRoute } from "~/app/api/v1/datapackage.json/route";
import { GET as resourceRoute } from "~/app/api/v1/dataset/[resource]/route";
import { GET as zipRoute } from "~/app/api/v1/dataset.zip/route";
import { GET as recordsRoute } from "~/app/api/v1/records/route";
import { parseCsv } from "~/server/csv/rfc4180";
import type { TDataPackage } from "~/server/services/open-data/open-data.types";
import { validateTable, type Cell, type TableSchema } from "~/server/services/open-data/table-schema";
import { callerFor, makeViewer, setupDatabase, unique } from "../../helpers/factories";
import { makeAction } from "../../helpers/actions";
import { freshCountry } from "../../helpers/progress";
import { makeRecord, recordInput } from "../../helpers/records";

const ISO3 = "NOR";
const url = (path: string) => `http://app.test/api/v1${path}`;

interface Loaded {
  descriptor: TDataPackage;
  tables: Map<string, Record<string, Cell>[]>;
  etag: string;
}

/** Downloads the zip and reads every table as a Frictionless validator would; errors fail the test. */
async function loadPackage(): Promise<Loaded> {
  const res = await zipRoute(new Request(url("/dataset.zip")));
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/zip");
  const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
  const descriptor = JSON.parse(strFromU8(files["datapackage.json"]!)) as TDataPackage;
  expect(Object.keys(files).sort()).toEqual(["datapackage.json", ...descriptor.resources.map((r) => r.path)].sort());
  const tables = new Map<string, Record<string, Cell>[]>();
  for (const resource of descriptor.resources) {
    const bytes = files[resource.path]!;
    expect(resource.bytes, resource.name).toBe(bytes.byteLength);
    expect(resource.hash, resource.name).toBe(`sha256:${createHash("sha256").update(bytes).digest("hex")}`);
    const { errors, records } = validateTable(resource.schema as TableSchema, parseCsv(strFromU8(bytes)));
    expect(errors, resource.name).toEqual([]);
    tables.set(resource.name, records);
  }
  return { descriptor, tables, etag: res.headers.get("etag")! };
}

let pkg: Loaded;
let draftTitle: string;
let privateActionTitle: string;

beforeAll(async () => {
  await setupDatabase();
  await freshCountry(ISO3);
  const staff = callerFor(await makeViewer("secretariat"));
  await staff.records.create(await recordInput(null, { countryIso3: ISO3, type: "commitment", status: "fulfilled", measures: ["ratify-rome-statute"], titleEn: "Quoted, \"with\" commas\nand a line break" }));
  await staff.records.create(
    await recordInput(null, { countryIso3: ISO3, type: "focal_point", date: "2020-01-01", personName: "Hidden Person", personNamePublic: false, measures: [] }),
  );
  draftTitle = unique("Draft never published");
  await makeRecord({ overrides: { countryIso3: ISO3, titleEn: draftTitle } });
  const member = await makeViewer("member");
  await makeAction({ author: member, overrides: { visibility: "public", countries: [ISO3] } });
  privateActionTitle = unique("Coalition only");
  await makeAction({ author: member, overrides: { visibility: "coalition", title: privateActionTitle, countries: [ISO3] } });
  pkg = await loadPackage();
});

describe("the data package", () => {
  it("describes every resource with a table schema, a licence and a version", async () => {
    const res = await datapackageRoute(new Request(url("/datapackage.json")));
    expect(res.status).toBe(200);
    const descriptor = (await res.json()) as TDataPackage;
    expect(descriptor).toEqual(pkg.descriptor);
    expect(descriptor.profile).toBe("tabular-data-package");
    expect(descriptor.licenses[0]!.name).toBe("CC-BY-4.0");
    expect(descriptor.version).toMatch(/^\d{4}-\d{2}-\d{2}\+[0-9a-f]{16}$/);
    expect(descriptor.resources.map((r) => r.name)).toEqual([
      "countries",
      "country_measure_statuses",
      "measures",
      "measure_sources",
      "commitments",
      "focal_points",
      "parliamentary_actions",
      "public_actions",
      "documents",
      "document_units",
    ]);
    expect(res.headers.get("last-modified")).toBe(new Date(descriptor.created).toUTCString());
  });

  it("keeps every foreign key: each value names a row of the referenced resource", () => {
    for (const resource of pkg.descriptor.resources) {
      for (const fk of resource.schema.foreignKeys ?? []) {
        const targets = new Set(pkg.tables.get(fk.reference.resource)!.map((r) => r[fk.reference.fields]));
        const dangling = pkg.tables.get(resource.name)!.filter((r) => r[fk.fields] !== null && !targets.has(r[fk.fields]!));
        expect(dangling, `${resource.name}.${fk.fields} → ${fk.reference.resource}`).toEqual([]);
      }
    }
  });

  it("serves each CSV at the path the descriptor gives, identical to the zip's", async () => {
    const res = await resourceRoute(new Request(url("/dataset/countries.csv")), { params: Promise.resolve({ resource: "countries.csv" }) });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    const { records } = validateTable(pkg.descriptor.resources[0]!.schema as TableSchema, parseCsv(await res.text()));
    expect(records).toEqual(pkg.tables.get("countries"));
    const missing = await resourceRoute(new Request(url("/dataset/nothing.csv")), { params: Promise.resolve({ resource: "nothing.csv" }) });
    expect(missing.status).toBe(404);
    const hostile = await resourceRoute(new Request(url("/dataset/x")), { params: Promise.resolve({ resource: "../datapackage.json" }) });
    expect(hostile.status).toBe(404);
  });

  it("reproduces the API's scores and statuses for every country", async () => {
    const api = (await (await countriesRoute(new Request(url("/countries?pageSize=500")))).json()) as {
      items: { iso3: string; score: { overall: number; byPillar: Record<string, number | null>; byActor: Record<string, number | null> } }[];
      total: number;
    };
    const countries = new Map(pkg.tables.get("countries")!.map((c) => [c.iso3 as string, c]));
    expect(countries.size).toBe(api.total);
    expect(api.items.length).toBe(api.total);
    const statuses = pkg.tables.get("country_measure_statuses")!;
    for (const c of api.items) {
      const row = countries.get(c.iso3)!;
      expect(row.score_overall, c.iso3).toBe(c.score.overall);
      for (const p of ["1", "2", "3"]) expect(row[`score_pillar_${p}`], `${c.iso3} pillar ${p}`).toBe(c.score.byPillar[p] ?? null);
      for (const a of ["government", "parliament"]) expect(row[`score_${a}`], `${c.iso3} ${a}`).toBe(c.score.byActor[a] ?? null);
      const profile = (await (await countryRoute(new Request(url(`/countries/${c.iso3}`)), { params: Promise.resolve({ iso3: c.iso3 }) })).json()) as {
        statuses: { measure: string; status: string; since: string; evidence: { type: string; id: string }[] }[];
      };
      const fromCsv = statuses
        .filter((s) => s.country === c.iso3)
        .map((s) => ({
          measure: s.measure,
          status: s.status,
          since: s.since,
          evidence: (s.evidence_ids as string[]).map((id, i) => ({ type: (s.evidence_types as string[])[i], id })),
        }));
      expect(fromCsv, c.iso3).toEqual(profile.statuses);
    }
    expect(statuses.some((s) => s.country === ISO3 && s.measure === "ratify-rome-statute" && s.status === "implemented")).toBe(true);
  });

  it("holds the published records the API lists, and nothing unpublished or private", async () => {
    for (const [type, table] of [["commitment", "commitments"], ["focal_point", "focal_points"], ["parliamentary_action", "parliamentary_actions"]] as const) {
      const api = (await (await recordsRoute(new Request(url(`/records?type=${type}&pageSize=1`)))).json()) as { total: number };
      expect(pkg.tables.get(table)!.length, table).toBe(api.total);
    }
    const norway = pkg.tables.get("commitments")!.find((r) => r.country === ISO3 && r.status === "fulfilled")!;
    expect(norway.title_en).toBe('Quoted, "with" commas\nand a line break');
    expect(norway.measures).toEqual(["ratify-rome-statute"]);
    const everything = JSON.stringify([...pkg.tables.values()]);
    expect(everything).not.toContain(draftTitle);
    expect(everything).not.toContain(privateActionTitle);
    expect(everything).not.toContain("Hidden Person");
    expect(pkg.tables.get("public_actions")!.some((a) => (a.countries as string[]).includes(ISO3))).toBe(true);
  });

  it("answers 304 while the data is unchanged, and is rebuilt when something is published", async () => {
    const again = await zipRoute(new Request(url("/dataset.zip"), { headers: { "if-none-match": pkg.etag } }));
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(pkg.etag);
    const lastModified = (await datapackageRoute(new Request(url("/datapackage.json")))).headers.get("last-modified")!;
    const since = await datapackageRoute(new Request(url("/datapackage.json"), { headers: { "if-modified-since": lastModified } }));
    expect(since.status).toBe(304);

    const title = unique("Newly published");
    const staff = callerFor(await makeViewer("secretariat"));
    await staff.records.create(await recordInput(null, { countryIso3: ISO3, type: "parliamentary_action", titleEn: title, measures: [] }));
    const changed = await zipRoute(new Request(url("/dataset.zip"), { headers: { "if-none-match": pkg.etag } }));
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(pkg.etag);
    const after = await loadPackage();
    expect(after.tables.get("parliamentary_actions")!.some((r) => r.title_en === title)).toBe(true);
  });
});
