// The public measures endpoints: the exact shapes of issue 4, 400 naming the parameter, 404 as JSON,
// a merged slug redirecting, and their place in the OpenAPI document.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as measureRoute } from "~/app/api/v1/measures/[slug]/route";
import { GET as measuresRoute } from "~/app/api/v1/measures/route";
import { GET as openapi } from "~/app/api/v1/openapi.json/route";
import { GET as searchRoute } from "~/app/api/v1/search/route";
import { setupDatabase } from "../../helpers/factories";

beforeAll(setupDatabase);

const req = (path: string) => new Request(`http://app.test/api/v1${path}`);
const json = async (res: Response) => (await res.json()) as Record<string, unknown>;
const one = (slug: string) => measureRoute(req(`/measures/${slug}`), { params: Promise.resolve({ slug }) });

describe("GET /api/v1/measures", () => {
  it("lists measures in the issue's shape, filtered", async () => {
    const res = await measuresRoute(req("/measures?actor=parliament&pillar=1&key=false&page=1&pageSize=5"));
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(Object.keys(body).sort()).toEqual(["items", "page", "pageSize", "total"]);
    expect(body).toMatchObject({ page: 1, pageSize: 5 });
    const items = body.items as Record<string, unknown>[];
    expect(items.length).toBe(5);
    for (const m of items) {
      expect(Object.keys(m).sort()).toEqual(["actor", "category", "key", "pillar", "prevention", "slug", "sources", "title"]);
      expect(m).toMatchObject({ actor: "parliament", pillar: 1, key: false });
      const [s] = m.sources as Record<string, unknown>[];
      expect(Object.keys(s!).sort()).toEqual(["document", "locator", "quote"]);
    }
  });

  it("answers 400 naming the parameter", async () => {
    for (const [q, name] of [["actor=king", "actor"], ["pillar=7", "pillar"], ["pageSize=501", "pageSize"], ["key=maybe", "key"], ["category=x", "category"]]) {
      const res = await measuresRoute(req(`/measures?${q}`));
      expect(res.status, q).toBe(400);
      expect(Object.keys(((await res.json()) as { fieldErrors: object }).fieldErrors)).toEqual([name]);
    }
  });
});

describe("GET /api/v1/measures/{slug}", () => {
  it("gives the fields, the description and each source's unit text", async () => {
    const res = await one("appoint-national-r2p-focal-point");
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(Object.keys(body).sort()).toEqual(["actor", "category", "description", "key", "pillar", "prevention", "slug", "sources", "title"]);
    expect(body).toMatchObject({ key: true, description: { en: expect.any(String) } });
    const sources = body.sources as { document: string; locator: string; quote: string; text: string }[];
    expect(sources[0]).toMatchObject({ document: "a-72-884", locator: "45(a)" });
    for (const s of sources) expect(s.text.replace(/\s+/g, " ")).toContain(s.quote);
  });

  it("answers 404 as JSON for an unknown or malformed slug", async () => {
    for (const slug of ["no-such-measure", "Not A Slug!"]) {
      const res = await one(slug);
      expect(res.status).toBe(404);
      expect(await json(res)).toMatchObject({ error: "NOT_FOUND" });
    }
  });
});

describe("search and OpenAPI", () => {
  it("search hits include measures as type measure", async () => {
    const body = await json(await searchRoute(req(`/search?q=${encodeURIComponent("协调人")}`)));
    const items = body.items as { type: string; slug: string; locator: string | null; heading: string }[];
    expect(items[0]).toMatchObject({ type: "measure", locator: null, heading: expect.stringContaining("协调人") });
  });

  it("describes both endpoints", async () => {
    const doc = (await json(await openapi())) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/measures", "/measures/{slug}"]));
  });
});

describe("paragraphs show the measures citing them", () => {
  it("lists the focal-point measure on A/72/884 45(a), in the unit API", async () => {
    const { GET } = await import("~/app/api/v1/documents/[slug]/units/[locator]/route");
    const res = await GET(new Request("http://app.test/api/v1/documents/a-72-884/units/45(a)"), {
      params: Promise.resolve({ slug: "a-72-884", locator: "45(a)" }),
    });
    expect(res.status).toBe(200);
    const unit = await res.json();
    expect(unit.measures).toEqual(
      expect.arrayContaining([expect.objectContaining({ slug: "appoint-national-r2p-focal-point" })]),
    );
  });
});
