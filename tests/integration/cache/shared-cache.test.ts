// The shared cache as the instances use it (decision 020): two separate Redis connections stand for
// two app instances with the handler configured as server/cache/next-cache-handler.mjs configures it.
// What one instance revalidates — the /[locale] layout (revalidatePath) or the public-data tag —
// is gone for the other at once. Needs Redis (REDIS_TEST_URL, default the machine's 127.0.0.1:6379).
import { randomUUID } from "node:crypto";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { createClient } from "@redis/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cacheStoreHealth } from "~/server/cache/cache-store";
import { cacheKeyPrefix } from "~/server/cache/redis-connection.mjs";
import { PUBLIC_DATA_TAG } from "~/server/cache/tags";

const url = process.env.REDIS_TEST_URL ?? "redis://127.0.0.1:6379";
const base = `r2p-test-${randomUUID()}:`;
const prefix = cacheKeyPrefix("build-1", base);
const clients = [createClient({ url }), createClient({ url })];
type Handler = ReturnType<typeof createRedisHandler>;
let instanceA: Handler;
let instanceB: Handler;

// The tags Next writes into a cached page's x-next-cache-tags header: one implicit tag per segment.
const LAYOUT_TAG = "_N_T_/[locale]/layout";
const pageEntry = (html: string) => ({
  lastModified: Date.now(),
  lifespan: null,
  tags: ["_N_T_/layout", LAYOUT_TAG, "_N_T_/[locale]/countries/[iso3]/page"],
  value: { kind: "APP_PAGE", html, rscData: Buffer.from("rsc"), headers: {}, status: 200, postponed: undefined, segmentData: undefined },
});
const dataEntry = () => ({
  lastModified: Date.now(),
  lifespan: null,
  tags: [PUBLIC_DATA_TAG],
  value: { kind: "FETCH", data: { headers: {}, body: "{}", status: 200, url: "" }, revalidate: 300, tags: [PUBLIC_DATA_TAG] },
});

beforeAll(async () => {
  await Promise.all(clients.map((c) => c.connect()));
  [instanceA, instanceB] = clients.map((client) => createRedisHandler({ client, keyPrefix: prefix, timeoutMs: 1_000 })) as [Handler, Handler];
});

afterAll(async () => {
  const keys = await clients[0]!.keys(`${base}*`);
  if (keys.length > 0) await clients[0]!.unlink(keys);
  await Promise.all(clients.map((c) => c.quit()));
});

describe("shared cache across instances", () => {
  it("serves a page one instance cached from the other", async () => {
    await instanceA.set("/en/countries/FRA", pageEntry("<p>France</p>") as never, {});
    const seen = await instanceB.get("/en/countries/FRA", { implicitTags: [] });
    expect((seen?.value as { html?: string } | undefined)?.html).toBe("<p>France</p>");
  });

  it("drops every page under /[locale] on both instances when one revalidates the layout", async () => {
    await instanceA.set("/zh/countries/KEN", pageEntry("<p>old</p>") as never, {});
    expect(await instanceB.get("/zh/countries/KEN", { implicitTags: [] })).not.toBeNull();
    await instanceB.revalidateTag(LAYOUT_TAG);
    expect(await instanceA.get("/zh/countries/KEN", { implicitTags: [] })).toBeNull();
    expect(await instanceB.get("/zh/countries/KEN", { implicitTags: [] })).toBeNull();
  });

  it("drops public API data tagged public-data on both instances", async () => {
    await instanceA.set("api-countries-page-1", dataEntry() as never, {});
    expect(await instanceB.get("api-countries-page-1", { implicitTags: [] })).not.toBeNull();
    await instanceA.revalidateTag(PUBLIC_DATA_TAG);
    expect(await instanceB.get("api-countries-page-1", { implicitTags: [] })).toBeNull();
  });

  it("keeps builds apart: a new build's prefix never sees an old build's pages", async () => {
    await instanceA.set("/en/measures", pageEntry("<p>build 1</p>") as never, {});
    const nextBuild = createRedisHandler({ client: clients[1]!, keyPrefix: cacheKeyPrefix("build-2", base), timeoutMs: 1_000 });
    expect(await nextBuild.get("/en/measures", { implicitTags: [] })).toBeNull();
  });
});

describe("cache store health", () => {
  it("reports a reachable Redis as ok", async () => {
    expect(await cacheStoreHealth(url)).toEqual({ store: "redis", status: "ok" });
  });

  it("reports an unreachable Redis as an error within about a second, without throwing", async () => {
    const started = Date.now();
    expect(await cacheStoreHealth("redis://127.0.0.1:1")).toEqual({ store: "redis", status: "error" });
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it("reports the process's own cache when REDIS_URL is unset", async () => {
    expect(await cacheStoreHealth(undefined)).toEqual({ store: "local", status: "ok" });
  });
});
