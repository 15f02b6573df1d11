// The signed-in person for server components, route handlers and the tRPC context.
import "server-only";
import { cache } from "react";
import { getSessionActor } from "~/server/services/accounts/get-actor";
import type { Actor } from "./policy";
import { auth } from "./config";

export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  return getSessionActor({ userId, sessionVersion: session.sessionVersion ?? 0 });
});

/**
 * The signed-in person for routes that serve data outside tRPC (files, exports). Someone who must
 * still set up a second factor is treated as anonymous there (docs/decisions/014).
 */
export const activeActor = cache(async (): Promise<Actor | null> => {
  const actor = await currentActor();
  return actor?.mustEnrolTwoFactor ? null : actor;
});
