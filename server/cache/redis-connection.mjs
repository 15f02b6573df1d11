// One Redis connection per process for the shared cache, whoever asks first: Next's cache handler
// (loaded by Next outside the app bundle) or the health check (inside it) — hence the global registry.
import { createClient } from "@redis/client";

const REGISTRY = Symbol.for("r2p.cache.redis");

/**
 * The process's client for `url`, connecting in the background. It reconnects by itself; while it is
 * down `isReady` is false, cache lookups miss (pages render fresh) and the health check says so.
 * @param {string} url
 * @returns {{ client: import("@redis/client").RedisClientType, connecting: Promise<unknown> }}
 */
export function sharedRedis(url) {
  const registry = /** @type {Record<symbol, Map<string, any>>} */ (/** @type {unknown} */ (globalThis));
  registry[REGISTRY] ??= new Map();
  const existing = registry[REGISTRY].get(url);
  if (existing) return existing;
  const client = createClient({
    url,
    socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000) },
  });
  let down = false;
  client.on("error", (error) => {
    // Once per outage, not once per reconnect attempt; a cache outage must never take a page down.
    if (!down) console.warn(JSON.stringify({ level: "warn", msg: "cache.redis_unreachable", error: String(error) }));
    down = true;
  });
  client.on("ready", () => {
    down = false;
  });
  const entry = { client, connecting: client.connect().catch(() => undefined) };
  registry[REGISTRY].set(url, entry);
  return entry;
}

/** Keys are namespaced by deployment (REDIS_KEY_PREFIX) and by build: a new build never reads an old page. */
export function cacheKeyPrefix(/** @type {string | undefined} */ buildId, base = process.env.REDIS_KEY_PREFIX || "r2p:") {
  return `${base}${(buildId ?? "dev").trim()}:`;
}
