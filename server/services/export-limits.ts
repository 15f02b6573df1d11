// How much a download may cost: a row cap (smaller for anonymous visitors) and a rate per client.
// Shared by every export (records, actions) so the rules cannot drift apart.
import type { Viewer } from "~/server/auth/policy";
import type { ClientServiceContext } from "~/server/services/context";
import { addressScope, consumeRateLimits, RATE_LIMITS } from "~/server/services/rate-limit";

export const MAX_EXPORT_ROWS_ANONYMOUS = 1_000;
export const MAX_EXPORT_ROWS_SIGNED_IN = 10_000;

export const exportRowCap = (viewer: Viewer | null) => (viewer ? MAX_EXPORT_ROWS_SIGNED_IN : MAX_EXPORT_ROWS_ANONYMOUS);

/** Signed-in people are counted as themselves, anonymous visitors by their address. */
export async function limitExports(ctx: ClientServiceContext) {
  await consumeRateLimits([
    ctx.viewer
      ? { limit: RATE_LIMITS.exportPerUser, key: ctx.viewer.id }
      : { limit: RATE_LIMITS.exportAnonymousPerAddress, key: addressScope(ctx.ip ?? "") },
  ]);
}
