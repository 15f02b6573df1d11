// The HTTP surfaces: the tRPC handler's error shape (field errors in the caller's language, no
// stack traces) and the public /api/v1 route handlers.
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as countries } from "~/app/api/v1/countries/route";
import { GET as health } from "~/app/api/v1/health/route";
import { GET as openapi } from "~/app/api/v1/openapi.json/route";
import { appRouter } from "~/server/api/root";
import { createTRPCContext } from "~/server/api/trpc";
import type { Viewer } from "~/server/auth/policy";
import { makeViewer, setupDatabase } from "../../helpers/factories";

beforeAll(setupDatabase);

async function trpcPost(path: string, input: unknown, opts: { viewer?: Viewer | null; locale?: string } = {}) {
  const req = new Request(`http://app.test/api/trpc/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-locale": opts.locale ?? "en" },
    body: JSON.stringify({ json: input }),
  });
  const res = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () =>
      createTRPCContext({ viewer: opts.viewer ?? null, requestId: "req-test", locale: req.headers.get("x-locale") }),
  });
  return { status: res.status, body: (await res.json()) as { error?: { json: { message: string; data: Record<string, unknown> } } } };
}

describe("tRPC over HTTP", () => {
  it("answers 401 to anonymous mutations and 403 to the wrong role", async () => {
    expect((await trpcPost("organizations.create", { name: "X", slug: "x-x" })).status).toBe(401);
    const member = await makeViewer("member");
    expect((await trpcPost("organizations.create", { name: "X", slug: "x-x" }, { viewer: member })).status).toBe(403);
  });

  it("returns zod errors per field, in the caller's language", async () => {
    const admin = await makeViewer("admin");
    // No name in any language (decision 027: a name needs at least one).
    const bad = { name: {}, slug: "NO WAY", website: "nope" };
    const en = await trpcPost("organizations.create", bad, { viewer: admin, locale: "en" });
    expect(en.status).toBe(400);
    const enFields = en.body.error!.json.data.fieldErrors as Record<string, string[]>;
    expect(Object.keys(enFields).sort()).toEqual(["name", "slug", "website"]);
    expect(enFields.name![0]).toMatch(/too small|at least/i);

    const zh = await trpcPost("organizations.create", bad, { viewer: admin, locale: "zh" });
    const zhFields = zh.body.error!.json.data.fieldErrors as Record<string, string[]>;
    expect(zhFields.name![0]).toMatch(/[\u4e00-\u9fff]/);
    expect(zh.body.error!.json.data.messageKey).toBe("validation");
  });

  it("maps domain errors to their status and message key, without a stack", async () => {
    const admin = await makeViewer("admin");
    const res = await trpcPost("organizations.delete", { id: "00000000-0000-4000-8000-000000000000" }, { viewer: admin });
    expect(res.status).toBe(404);
    expect(res.body.error!.json.data).toMatchObject({ appCode: "NOT_FOUND", messageKey: "notFound", requestId: "req-test" });
    expect(res.body.error!.json.data.stack).toBeUndefined();
  });

  it("survives hostile input", async () => {
    const admin = await makeViewer("admin");
    const longName = "名".repeat(10_000);
    const res = await trpcPost("organizations.create", { name: longName, slug: "'; drop table user; --" }, { viewer: admin });
    expect(res.status).toBe(400);
    const q = await trpcPost("organizations.list", { q: "%_\\'\"<script>" });
    expect(q.status).toBe(405); // queries are GET-only; the body is never executed
  });
});

describe("public API", () => {
  it("reports health with the database kind", async () => {
    const res = await health();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      status: "ok",
      db: process.env.DATABASE_URL ? "postgres" : "pglite",
      cache: { store: process.env.REDIS_URL ? "redis" : "local", status: "ok" },
      replicas: [],
    });
  });

  it("lists countries with the shared pagination shape and filters", async () => {
    const all = await (await countries(new Request("http://app.test/api/v1/countries?pageSize=500&lang=zh"))).json();
    expect(all).toMatchObject({ total: 195, page: 1, pageSize: 500 });
    expect(all.items).toHaveLength(195);
    expect(all.items.find((c: { iso3: string }) => c.iso3 === "CHN")).toMatchObject({
      iso2: "CN",
      name: { zh: "中国" },
      group: "asia_pacific",
    });

    const african = await (await countries(new Request("http://app.test/api/v1/countries?group=african&pageSize=10&page=2"))).json();
    expect(african).toMatchObject({ total: 54, page: 2, pageSize: 10 });
    expect(african.items).toHaveLength(10);

    const europe = await (await countries(new Request("http://app.test/api/v1/countries?region=150&pageSize=1"))).json();
    expect(europe.total).toBeGreaterThan(40);
  });

  it("refuses bad paging with 400 naming the parameter", async () => {
    for (const query of ["pageSize=501", "page=0", "page=abc", "group=martian", "region=1;drop"]) {
      const res = await countries(new Request(`http://app.test/api/v1/countries?${query}`));
      expect(res.status, query).toBe(400);
      const body = await res.json();
      expect(Object.keys(body.fieldErrors)[0]).toBe(query.split("=")[0]);
    }
  });

  it("publishes an OpenAPI document that describes the endpoints", async () => {
    const doc = await openapi().json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/health", "/countries"]));
  });
});
