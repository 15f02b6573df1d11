// Public pages are cached (ISR, see docs/decisions/010-static-public-pages.md). When something a
// public page shows changes — a record published, a measure edited, a document added — the tRPC
// layer drops the cached pages so the next visitor sees the change. Services never import next/*;
// routers attach `revalidatesPublicPages` to the mutations that change public data.
import "server-only";
import { revalidatePath } from "next/cache";
import { logger } from "~/server/logger";

/** Every page under /[locale]: coarse on purpose — publications are rare, reads are many. */
export function revalidatePublicPages(reason: string) {
  try {
    revalidatePath("/[locale]", "layout");
  } catch (err) {
    // Outside a Next request (vitest, CLI scripts) there is no cache to drop.
    if (!(err instanceof Error && /static generation store missing/.test(err.message))) {
      throw err;
    }
    logger.debug("cache.revalidate.skipped", { reason });
  }
}
