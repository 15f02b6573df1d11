// The world "as of" a day, kept in the shared cache (decision 020) with the day in the key. A past
// day only changes when a back-dated event or record is published, and every publication expires
// the public-data tag, so its entry may live a day; today's keeps the pages' 300-second window.
import "server-only";
import { unstable_cache } from "next/cache";
import { today } from "~/server/domain/dates";
import { type WorldAsOf, worldAsOf } from "~/server/services/progress/as-of-views";
import { PUBLIC_DATA_TAG } from "./tags";

const PAST_DAY_SECONDS = 24 * 60 * 60;
const TODAY_SECONDS = 300;

export async function cachedWorldAsOf(asOf: string): Promise<WorldAsOf> {
  const load = () => worldAsOf(asOf);
  try {
    return await unstable_cache(load, ["as-of-world", asOf], {
      tags: [PUBLIC_DATA_TAG],
      revalidate: asOf < today() ? PAST_DAY_SECONDS : TODAY_SECONDS,
    })();
  } catch (err) {
    // Outside a Next server (vitest, scripts) there is no cache store: compute every time.
    if (err instanceof Error && /incrementalCache missing/.test(err.message)) return load();
    throw err;
  }
}

/** The world of each day a procedure asks for, from the shared cache (the services' `loadWorld`). */
export const loadCachedWorld = cachedWorldAsOf;
