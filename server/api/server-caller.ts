// The tRPC API for server components: the same procedures, permissions and errors as the client.
import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { cache } from "react";
import { clientIp } from "~/server/auth/client-ip";
import { TWO_FACTOR_PAGE } from "~/server/auth/require-viewer";
import { activeViewerFromRequest, currentViewer } from "~/server/auth/session";
import { ensureDatabaseReady } from "~/server/bootstrap";
import { createCaller } from "./root";
import { createTRPCContext } from "./trpc";

const caller = cache(async () => {
  await ensureDatabaseReady();
  const h = await headers();
  return createCaller(
    createTRPCContext({
      viewer: await currentViewer(),
      requestId: h.get("x-request-id") ?? crypto.randomUUID(),
      locale: await getLocale(),
      ip: clientIp(h),
    }),
  );
});

/** For every page. Someone who must still set up a second factor is sent to do that first. */
export const serverApi = cache(async () => {
  await ensureDatabaseReady();
  if ((await currentViewer())?.mustEnrolTwoFactor) {
    // Every locale is prefixed (server/i18n/routing.ts).
    redirect(`/${await getLocale()}${TWO_FACTOR_PAGE}`);
  }
  return caller();
});

/** For the second-factor page only: it is the one page open before the enrolment is done. */
export const enrolmentApi = caller;

/**
 * For route handlers that answer a signed-in person's request with a file (the action export): the
 * active person read from the request — someone who must still enrol a second factor counts as
 * anonymous here, as outside tRPC everywhere — and no redirect.
 */
export async function requestApi(request: Request) {
  await ensureDatabaseReady();
  return createCaller(
    createTRPCContext({
      viewer: await activeViewerFromRequest(request),
      requestId: request.headers.get("x-request-id") ?? crypto.randomUUID(),
      ip: clientIp(request.headers),
    }),
  );
}
