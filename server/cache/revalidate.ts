// Public pages are cached (ISR, see docs/decisions/010-static-public-pages.md), and with REDIS_URL the
// cache is shared by every instance (decision 020). When something a public page shows changes — a
// record published, a measure edited, a document added — the tRPC layer drops the cached pages and
// data so the next visitor, on any instance, sees the change. Services never import next/*; routers
// attach `revalidatesPublicPages` to the mutations that change public data (checked by
// tests/integration/cache/public-revalidation-matrix.test.ts).
import "server-only";
import { revalidatePath, revalidateTag } from "next/cache";
import { logger } from "~/server/logger";
import { PUBLIC_DATA_TAG } from "./tags";

/** Every page under /[locale] and every response tagged public-data: coarse on purpose — publications are rare, reads are many. */
export function revalidatePublicPages(reason: string) {
  try {
    revalidatePath("/[locale]", "layout");
    // expire: 0 — the next reader gets fresh data, not one more stale answer while it refreshes.
    revalidateTag(PUBLIC_DATA_TAG, { expire: 0 });
    logger.debug("cache.revalidated", { reason });
  } catch (err) {
    // Outside a Next request (vitest, CLI scripts) there is no cache to drop.
    if (!(err instanceof Error && /static generation store missing/.test(err.message))) {
      throw err;
    }
    logger.debug("cache.revalidate.skipped", { reason });
  }
}
