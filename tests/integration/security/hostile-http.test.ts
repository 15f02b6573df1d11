// Hostile query strings and path parameters on EVERY /api/v1 endpoint (found on disk, so a new route
// cannot be missed): each answers 2xx, 3xx or 4xx — never 5xx — and never only because the database
// refused the value (the last-line mapping logs `database_refused_input`; that counts as a failure).
import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { openApiDocument } from "~/server/api/public/openapi";
import { setupDatabase } from "../../helpers/factories";

type RouteModule = { GET: (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response> | Response };

const ROOT = path.resolve(import.meta.dirname, "../../../app/api/v1");

/** Every route.ts under app/api/v1, as its URL path ("/documents/[slug]") and module file. */
function findRoutes(dir = ROOT, prefix = ""): { url: string; file: string }[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return findRoutes(full, `${prefix}/${entry.name}`);
    return entry.name === "route.ts" ? [{ url: prefix || "/", file: full }] : [];
  });
}

/** A real value for each kind of path parameter, so hostile query strings reach the service. */
const VALID_PARAMS: Record<string, string> = { slug: "a-72-884", iso3: "KEN", locator: "45(a)", resource: "countries.csv" };
const validParam = (url: string, name: string) =>
  name === "slug" && url.startsWith("/measures") ? "appoint-national-r2p-focal-point" : VALID_PARAMS[name]!;

const HOSTILE_VALUES = [
  "constructor",
  "__proto__",
  "prototype",
  "toString",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "-1",
  "0",
  "1.5",
  "1e309",
  "99999999999999999999",
  "NaN",
  "",
  " ",
  "'; drop table record; --",
  "%_\\",
  "a & b | !c:*",
  "true",
  "0000-01-01",
  "00000000-0000-0000-0000-000000000000",
  "x".repeat(5_000),
];
const HUGE = "协".repeat(1 << 18);
const EXTRA_NAMES = ["q", "page", "pageSize", "__proto__", "constructor", "prototype"];

/** Query parameter names the OpenAPI document declares for a path, plus the usual suspects. */
function queryNames(url: string): string[] {
  const doc = openApiDocument("http://app.test") as unknown as Record<string, unknown>;
  const names = new Set(EXTRA_NAMES);
  const openApiPath = url.replace(/\[(\w+)\]/g, "{$1}");
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== "object") return;
    const o = node as Record<string, unknown>;
    if (o.in === "query" && typeof o.name === "string") names.add(o.name);
    if (typeof o.$ref === "string" && o.$ref.startsWith("#/components/parameters/")) {
      names.add(o.$ref.slice("#/components/parameters/".length));
    }
    Object.values(o).forEach(walk);
  };
  const paths = (doc.paths ?? {}) as Record<string, unknown>;
  walk(Object.hasOwn(paths, openApiPath) ? paths[openApiPath] : paths);
  return [...names];
}

const routes = findRoutes();
const modules = new Map<string, RouteModule>();
const warnings: string[] = [];
const warn = vi.spyOn(console, "warn").mockImplementation((...args: unknown[]) => {
  warnings.push(args.map(String).join(" "));
});

beforeAll(async () => {
  await setupDatabase();
  for (const r of routes) modules.set(r.url, (await import(r.file)) as RouteModule);
}, 120_000);

afterEach(() => {
  const refused = warnings.filter((w) => w.includes("database_refused_input"));
  warnings.length = 0;
  expect(refused, "a value reached the database unvalidated").toEqual([]);
});

/** Like encodeURIComponent, but a lone surrogate becomes U+FFFD (as a browser sends it) instead of throwing. */
const encode = (s: string) => encodeURIComponent(s.toWellFormed());

async function get(url: string, query: string, params: Record<string, string>) {
  const request = new Request(`http://app.test/api/v1${url.replace(/\[(\w+)\]/g, (_, n: string) => encode(params[n] ?? ""))}?${query}`);
  const response = await modules.get(url)!.GET(request, { params: Promise.resolve(params) });
  return response.status;
}

describe("hostile input on every /api/v1 endpoint", () => {
  it("finds the endpoints", () => {
    expect(routes.map((r) => r.url)).toEqual(expect.arrayContaining(["/search", "/measures", "/documents/[slug]/units/[locator]"]));
    expect(warn).toBeDefined();
  });

  it.each(routes.map((r) => [r.url]))("%s never answers 5xx to a hostile query string", async (url) => {
    const names = [...url.matchAll(/\[(\w+)\]/g)].map((m) => m[1]!);
    const params = Object.fromEntries(names.map((n) => [n, validParam(url, n)]));
    const failures: string[] = [];
    const check = async (query: string, p = params) => {
      const status = await get(url, query, p);
      if (status >= 500 || status < 200) failures.push(`${status} for ?${query.slice(0, 80)} ${JSON.stringify(p).slice(0, 80)}`);
    };
    for (const name of queryNames(url)) {
      for (const value of HOSTILE_VALUES) await check(`${encode(name)}=${encode(value)}`);
      await check(`${name}=1&${name}=constructor`);
      await check(`${name}[]=1&${name}[__proto__]=x`);
    }
    await check(`q=${encode(HUGE)}`);
    await check("__proto__[polluted]=1&constructor[prototype][polluted]=1");
    await check("q=%ED%A0%80&page=%00");
    for (const name of names) {
      for (const value of [...HOSTILE_VALUES, HUGE]) await check("", { ...params, [name]: value });
    }
    expect(failures).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 120_000);
});
