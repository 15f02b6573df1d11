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

function sharedCacheHandler(/** @type {string} */ url) {
  CacheHandler.onCreation(async ({ buildId }) => {
    const { client, connecting } = sharedRedis(url);
    await connecting;
    // A short timeout: a slow Redis turns into a cache miss (a fresh render), not a slow page.
    return { handlers: [createRedisHandler({ client, keyPrefix: cacheKeyPrefix(buildId), timeoutMs: 1_000 })] };
  });
  return CacheHandler;
}

const SharedOrLocal = process.env.REDIS_URL
  ? sharedCacheHandler(process.env.REDIS_URL)
  : require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;

export default SharedOrLocal;
