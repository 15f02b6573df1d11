// The search page's results for anonymous visitors, from the shared data cache. They are the same
// for every anonymous visitor until public data changes (as /api/v1/search's are), yet the page ran
// the six search statements on every request: at 100,000 actions it was 29× its SQL where the
// cached API was 1.7×. Signed-in people may see more actions, so their searches stay per request.
import "server-only";
import { unstable_cache } from "next/cache";
import { PUBLIC_DATA_TAG } from "~/server/cache/tags";
import type { TSearchInput } from "~/server/services/documents/document-schemas";
import { anonymousApi } from "./public-caller";

/** The pages' window (decision 010); a publication expires the tag sooner. */
const BACKSTOP_SECONDS = 300;

export async function cachedAnonymousSearch(input: TSearchInput) {
  const load = async () => (await anonymousApi()).documents.search(input);
  try {
    return await unstable_cache(load, ["search-page", JSON.stringify([input.q, input.document ?? null, input.page, input.pageSize])], {
      tags: [PUBLIC_DATA_TAG],
      revalidate: BACKSTOP_SECONDS,
    })();
  } catch (err) {
    // Outside a Next server (vitest, scripts) there is no cache store: compute every time.
    if (err instanceof Error && /incrementalCache missing/.test(err.message)) return load();
    throw err;
  }
}
