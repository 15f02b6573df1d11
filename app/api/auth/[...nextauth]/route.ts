// next-auth's own endpoints. Sign-in goes through /api/session; the credentials callback here only
// redeems server-issued tickets, and any POST from another site's page is refused outright.
import type { NextRequest } from "next/server";
import { handlers } from "~/server/auth/config";
import { crossSiteRefusal, isCrossSiteRequest } from "~/server/auth/same-origin";

export const { GET } = handlers;

export function POST(request: NextRequest) {
  if (isCrossSiteRequest(request.headers)) return crossSiteRefusal();
  return handlers.POST(request);
}
