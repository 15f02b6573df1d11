// next-auth's own endpoints. Sign-in goes through /api/session; the credentials callback here only
// redeems server-issued tickets, and any POST from another site's page is refused outright.
import { NextRequest } from "next/server";
import { readLimitedBody, SMALL_BODY_BYTES } from "~/server/api/request-body";
import { handlers } from "~/server/auth/config";
import { crossSiteRefusal, isCrossSiteRequest } from "~/server/auth/same-origin";

export const { GET } = handlers;

/** next-auth reads the whole form itself: hand it the body only once it is known to be small. */
export async function POST(request: NextRequest) {
  if (isCrossSiteRequest(request.headers)) return crossSiteRefusal();
  const body = await readLimitedBody(request, SMALL_BODY_BYTES);
  if (!body.ok) return body.response;
  return handlers.POST(
    new NextRequest(request.url, { method: "POST", headers: request.headers, body: body.bytes, signal: request.signal }),
  );
}
