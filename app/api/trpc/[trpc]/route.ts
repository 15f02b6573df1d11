import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import type { NextRequest } from "next/server";
import { appRouter } from "~/server/api/root";
import { createTRPCContext } from "~/server/api/trpc";
import { clientIp } from "~/server/auth/client-ip";
import { crossSiteRefusal, isCrossSiteRequest } from "~/server/auth/same-origin";
import { currentActor } from "~/server/auth/session";
import { ensureDatabaseReady } from "~/server/bootstrap";

async function handler(req: NextRequest) {
  // Mutations travel as POST: one from another site's page is a forgery (docs/decisions/014).
  if (req.method === "POST" && isCrossSiteRequest(req.headers)) return crossSiteRefusal();
  await ensureDatabaseReady();
  const requestId = req.headers.get("x-request-id") ?? crypto.randomUUID();
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: async () =>
      createTRPCContext({
        actor: await currentActor(),
        requestId,
        locale: req.headers.get("x-locale"),
        ip: clientIp(req.headers),
      }),
  });
  response.headers.set("x-request-id", requestId);
  return response;
}

export { handler as GET, handler as POST };
