// Next.js's incremental cache (ISR pages, cached route handlers, unstable_cache/fetch data), loaded
// by Next itself at run time (next.config.js `cacheHandler`), so plain JavaScript. Decision 020.
//
// REDIS_URL set   → every instance reads and writes one Redis through @fortedigital/nextjs-cache-handler;
//                   a revalidation on any instance drops the entries for all of them at once.
// REDIS_URL unset → Next's own file-system cache, exactly as without this file (one process).
import { createRequire } from "node:module";
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { cacheKeyPrefix, sharedRedis } from "./redis-connection.mjs";

const require = createRequire(import.meta.url);

/**
 * The handler stores each entry's lifetime (`lifespan.revalidate`) but does not hand it back as
 * `cacheControl`, so an instance that did not render a page itself would not know its lifetime and
 * Next would treat it as stale after 1 s — re-rendering it in the background on every request.
 * Returning it lets every instance serve the entry for its full 300 s (Next's documented field).
 */
class SharedCacheHandler extends CacheHandler {
  /** @param {Parameters<CacheHandler["get"]>} args */
  async get(...args) {
    const entry = await super.get(...args);
    const revalidate = entry?.lifespan?.revalidate;
    const kind = entry?.value?.kind;
    if (entry && !entry.cacheControl && kind !== "FETCH" && (typeof revalidate === "number" || revalidate === false)) {
      return { ...entry, cacheControl: { revalidate, expire: undefined } };
    }
    return entry;
  }
}

function sharedCacheHandler(/** @type {string} */ url) {
  CacheHandler.onCreation(async ({ buildId }) => {
    const { client, connecting } = sharedRedis(url);
    await connecting;
    // A short timeout: a slow Redis turns into a cache miss (a fresh render), not a slow page.
    return { handlers: [createRedisHandler({ client, keyPrefix: cacheKeyPrefix(buildId), timeoutMs: 1_000 })] };
  });
  return SharedCacheHandler;
}

const SharedOrLocal = process.env.REDIS_URL
  ? sharedCacheHandler(process.env.REDIS_URL)
  : require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;

export default SharedOrLocal;
