// The shared cache's reachability, for /api/v1/health. A cache outage degrades speed, not
// correctness (every lookup misses and pages render fresh), so it never fails the probe.
import "server-only";
import { env } from "~/server/env";
import { sharedRedis } from "./redis-connection.mjs";

export interface CacheStoreHealth {
  store: "local" | "redis";
  status: "ok" | "error";
}

const PING_TIMEOUT_MS = 1_000;

export async function cacheStoreHealth(url = env.REDIS_URL): Promise<CacheStoreHealth> {
  if (!url) return { store: "local", status: "ok" };
  const { client, connecting } = sharedRedis(url);
  try {
    await Promise.race([
      connecting.then(() => client.ping()),
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), PING_TIMEOUT_MS).unref()),
    ]);
    return { store: "redis", status: client.isReady ? "ok" : "error" };
  } catch {
    return { store: "redis", status: "error" };
  }
}
