// The signed-in person for server components, route handlers and the tRPC context.
import "server-only";
import type { GetServerSidePropsContext } from "next";
import type { Session } from "next-auth";
import { cache } from "react";
import { ensureDatabaseReady } from "~/server/bootstrap";
import { getSessionViewer } from "~/server/services/accounts/get-viewer";
import type { Viewer } from "./policy";
import { auth } from "./config";

/**
 * The session's person, only while the token's session version is still theirs (docs/decisions/014).
 * Pages read it beside their caller, so it awaits the same start-up promise the callers do.
 */
const viewerOf = async (session: Session | null): Promise<Viewer | null> => {
  const userId = session?.user?.id;
  if (!userId) return null;
  await ensureDatabaseReady();
  return getSessionViewer({ userId, sessionVersion: session.sessionVersion ?? 0 });
};

/** Someone who must still set up a second factor is treated as anonymous outside tRPC (files, exports). */
const activeOnly = (viewer: Viewer | null) => (viewer?.mustEnrolTwoFactor ? null : viewer);

export const currentViewer = cache(async (): Promise<Viewer | null> => viewerOf(await auth()));

/** The signed-in person for routes that serve data outside tRPC (files, exports). */
export const activeViewer = cache(async (): Promise<Viewer | null> => activeOnly(await currentViewer()));

/**
 * The same active person, read from a route handler's own request (so the handler can be called
 * directly in tests).
 */
export async function activeViewerFromRequest(request: Request): Promise<Viewer | null> {
  // next-auth's "API route" form reads the cookie from these headers; only `headers` of each is used.
  const context = { req: { headers: request.headers }, res: { headers: new Headers() } };
  return activeOnly(await viewerOf(await auth(context as unknown as GetServerSidePropsContext)));
}
