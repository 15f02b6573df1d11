// The tRPC HTTP endpoint with its limits: batch size and unbatchable procedures checked before
// anything runs, the body read with a ceiling, then the fetch adapter. The route file only supplies
// who is signed in (which needs Next's request scope), so this can be exercised with a plain Request.
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import type { Viewer } from "~/server/auth/policy";
import { clientIp } from "~/server/auth/client-ip";
import { crossSiteRefusal, isCrossSiteRequest } from "~/server/auth/same-origin";
import { ensureDatabaseReady } from "~/server/bootstrap";
import { readLimitedBody, withBody } from "./request-body";
import { appRouter } from "./root";
import { createTRPCContext } from "./trpc";
import { batchRefusal, bodyLimitFor, MAX_BATCH_SIZE, trpcPaths } from "./trpc-limits";

export const TRPC_ENDPOINT = "/api/trpc";

export async function handleTrpcRequest(incoming: Request, resolveActor: () => Promise<Viewer | null>) {
  // Mutations travel as POST: one from another site's page is a forgery (docs/decisions/014).
  if (incoming.method === "POST" && isCrossSiteRequest(incoming.headers)) return crossSiteRefusal();
  const requestId = incoming.headers.get("x-request-id") ?? crypto.randomUUID();
  const paths = trpcPaths(new URL(incoming.url).pathname, TRPC_ENDPOINT);
  const refusal = batchRefusal(paths);
  if (refusal) {
    return Response.json({ error: "BAD_REQUEST", messageKey: "badRequest", message: refusal }, { status: 400 });
  }
  await ensureDatabaseReady();
  const actor = await resolveActor();
  let req = incoming;
  if (incoming.method !== "GET" && incoming.method !== "HEAD") {
    const body = await readLimitedBody(incoming, bodyLimitFor(paths, !!actor));
    if (!body.ok) return body.response;
    req = withBody(incoming, body.bytes);
  }
  const response = await fetchRequestHandler({
    endpoint: TRPC_ENDPOINT,
    req,
    router: appRouter,
    // tRPC's own check too, in case a path list ever reaches it another way.
    maxBatchSize: MAX_BATCH_SIZE,
    createContext: () =>
      createTRPCContext({ actor, requestId, locale: req.headers.get("x-locale"), ip: clientIp(req.headers) }),
  });
  response.headers.set("x-request-id", requestId);
  return response;
}
