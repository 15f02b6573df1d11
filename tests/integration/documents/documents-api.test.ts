// The public document and search endpoints: exactly the shapes issue 3 gives, 404s and 400s as JSON.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as documentRoute } from "~/app/api/v1/documents/[slug]/route";
import { GET as unitRoute } from "~/app/api/v1/documents/[slug]/units/[locator]/route";
import { GET as documentsRoute } from "~/app/api/v1/documents/route";
import { GET as openapi } from "~/app/api/v1/openapi.json/route";
import { GET as searchRoute } from "~/app/api/v1/search/route";
import { setupDatabase } from "../../helpers/factories";

beforeAll(setupDatabase);

const req = (path: string) => new Request(`http://app.test/api/v1${path}`);
const json = async (res: Response) => (await res.json()) as Record<string, unknown>;
const doc = (slug: string) => documentRoute(req(`/documents/${slug}`), { params: Promise.resolve({ slug }) });
const unit = (slug: string, locator: string) =>
  unitRoute(req(`/documents/${slug}/units/${encodeURIComponent(locator)}`), { params: Promise.resolve({ slug, locator }) });

describe("GET /api/v1/documents", () => {
  it("lists documents with the shared pagination shape", async () => {
    const res = await documentsRoute(req("/documents?pageSize=2&lang=zh"));
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(Object.keys(body).sort()).toEqual(["items", "page", "pageSize", "total"]);
    expect(body).toMatchObject({ page: 1, pageSize: 2 });
    expect(body.total).toBeGreaterThanOrEqual(5);
    const [first] = body.items as Record<string, unknown>[];
    expect(Object.keys(first!).sort()).toEqual(["counts", "language", "slug", "symbol", "title", "year"]);
    expect(first).toMatchObject({ slug: "icrtop-toolkit", symbol: null, language: "zh", title: { zh: "保护责任工具包" } });
  });

  it("names the bad parameter in a 400", async () => {
    const res = await documentsRoute(req("/documents?page=0"));
    expect(res.status).toBe(400);
    expect(Object.keys((await json(res)).fieldErrors as object)).toEqual(["page"]);
  });
});

describe("GET /api/v1/documents/{slug}", () => {
  it("returns the document with clean units and footnotes", async () => {
    const res = await doc("a-63-677");
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(Object.keys(body).sort()).toEqual(["footnotes", "language", "slug", "symbol", "title", "units", "year"]);
    const units = body.units as Record<string, unknown>[];
    const footnotes = body.footnotes as Record<string, unknown>[];
    expect(units.every((u) => Object.keys(u).sort().join() === "heading,kind,locator,text")).toBe(true);
    expect(units.find((u) => u.locator === "12")).toMatchObject({ kind: "paragraph" });
    expect(units.find((u) => u.locator === "summary")).toMatchObject({ kind: "summary" });
    expect(units.find((u) => u.locator === "annex-3")).toMatchObject({ kind: "annex" });
    expect(footnotes).toHaveLength(13);
    expect(footnotes[0]).toEqual({ locator: "fn-1", number: 1, text: expect.any(String) });
    expect(units.some((u) => /\u0001|\uF0B7/.test(String(u.text)))).toBe(false);
  });

  it("answers 404 JSON for an unknown or malformed slug", async () => {
    for (const slug of ["no-such-document", "../etc/passwd", "A B"]) {
      const res = await doc(slug);
      expect(res.status).toBe(404);
      expect(await json(res)).toMatchObject({ error: "NOT_FOUND" });
    }
  });
});

describe("GET /api/v1/documents/{slug}/units/{locator}", () => {
  it("returns a unit with its footnotes, citations and cited-by", async () => {
    const res = await unit("a-72-884", "45(a)");
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(Object.keys(body).sort()).toEqual(["citations", "citedBy", "footnotes", "heading", "kind", "locator", "measures", "text"]);
    expect(body).toMatchObject({ locator: "45(a)", kind: "subitem" });
    const cited = await json(await unit("a-63-677", "27"));
    expect(cited.citedBy).toContainEqual(expect.objectContaining({ slug: "a-72-884", type: "paragraph" }));
  });

  it("returns a footnote", async () => {
    const body = await json(await unit("sg-2025", "fn-140"));
    expect(body).toMatchObject({ locator: "fn-140", kind: "footnote" });
  });

  it("answers 404 JSON for an unknown locator", async () => {
    const res = await unit("a-63-677", "73");
    expect(res.status).toBe(404);
    expect(await json(res)).toMatchObject({ error: "NOT_FOUND" });
    expect((await unit("nope-doc", "1")).status).toBe(404);
  });
});

describe("GET /api/v1/search", () => {
  it("returns ranked hits in the documented shape", async () => {
    const res = await searchRoute(req(`/search?q=${encodeURIComponent("协调人")}&document=a-72-884&page=1&pageSize=5`));
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(Object.keys(body).sort()).toEqual(["items", "page", "pageSize", "total"]);
    // Measures come first (issue 4); the first paragraph hit is the one ranked here.
    const items = body.items as Record<string, unknown>[];
    const hit = items.find((i) => i.type !== "measure");
    for (const i of items) expect(Object.keys(i).sort()).toEqual(["heading", "locator", "score", "slug", "snippet", "type"]);
    expect(hit).toMatchObject({ type: "paragraph", slug: "a-72-884", locator: "45(a)" });
    expect(hit!.score).toBeGreaterThan(0);
  });
});

describe("OpenAPI", () => {
  it("describes the document and search endpoints", async () => {
    const spec = (await (await openapi()).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(["/documents", "/documents/{slug}", "/documents/{slug}/units/{locator}", "/search"]),
    );
  });
});
