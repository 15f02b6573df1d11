import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import type { NextRequest } from "next/server";
import { appRouter } from "~/server/api/root";
import { createTRPCContext } from "~/server/api/trpc";
import { clientIp } from "~/server/auth/client-ip";
import { currentActor } from "~/server/auth/session";
import { ensureDatabaseReady } from "~/server/bootstrap";

async function handler(req: NextRequest) {
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
