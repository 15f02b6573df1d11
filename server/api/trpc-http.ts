// The tRPC HTTP endpoint with its limits: batch size and unbatchable procedures checked before
// anything runs, the body read with a ceiling, then the fetch adapter. The route file only supplies
// who is signed in (which needs Next's request scope), so this can be exercised with a plain Request.
import { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import type { Viewer } from "~/server/auth/policy";
import { type AppError, asAppError } from "~/server/errors";
import { clientIp } from "~/server/auth/client-ip";
import { crossSiteRefusal, isCrossSiteRequest } from "~/server/auth/same-origin";
import { ensureDatabaseReady } from "~/server/bootstrap";
import { readLimitedBody, withBody } from "./request-body";
import { appRouter } from "./root";
import { createTRPCContext } from "./trpc";
import { batchRefusal, bodyLimitFor, MAX_BATCH_SIZE, trpcPaths } from "./trpc-limits";

export const TRPC_ENDPOINT = "/api/trpc";

export async function handleTrpcRequest(incoming: Request, resolveViewer: () => Promise<Viewer | null>) {
  // Mutations travel as POST: one from another site's page is a forgery (docs/decisions/014).
  if (incoming.method === "POST" && isCrossSiteRequest(incoming.headers)) return crossSiteRefusal();
  const requestId = incoming.headers.get("x-request-id") ?? crypto.randomUUID();
  const paths = trpcPaths(new URL(incoming.url).pathname, TRPC_ENDPOINT);
  const refusal = batchRefusal(paths);
  if (refusal) {
    return Response.json({ error: "BAD_REQUEST", messageKey: "badRequest", message: refusal }, { status: 400 });
  }
  // Who is asking needs the database; when it is unreachable the answer is tRPC's own 503 (with
  // Retry-After, below) for every call of the batch, so the client shows its usual message.
  let viewer: Viewer | null = null;
  let unavailable: AppError | null = null;
  try {
    await ensureDatabaseReady();
    viewer = await resolveViewer();
  } catch (err) {
    unavailable = asAppError(err);
    if (unavailable?.code !== "UNAVAILABLE") throw err;
  }
  let req = incoming;
  if (!unavailable && incoming.method !== "GET" && incoming.method !== "HEAD") {
    const body = await readLimitedBody(incoming, bodyLimitFor(paths, !!viewer));
    if (!body.ok) return body.response;
    req = withBody(incoming, body.bytes);
  }
  const response = await fetchRequestHandler({
    endpoint: TRPC_ENDPOINT,
    req,
    router: appRouter,
    // tRPC's own check too, in case a path list ever reaches it another way.
    maxBatchSize: MAX_BATCH_SIZE,
    createContext: () => {
      if (unavailable) throw new TRPCError({ code: "SERVICE_UNAVAILABLE", message: unavailable.message, cause: unavailable });
      return createTRPCContext({ viewer, requestId, locale: req.headers.get("x-locale"), ip: clientIp(req.headers) });
    },
    responseMeta: ({ errors }) => {
      const seconds = errors.map((e) => retryAfterOf(e.cause)).find((s) => s !== undefined);
      return seconds === undefined ? {} : { headers: { "Retry-After": String(seconds) } };
    },
  });
  response.headers.set("x-request-id", requestId);
  return response;
}

/** A domain error that says when to try again (database unreachable, query cancelled). */
function retryAfterOf(cause: unknown): number | undefined {
  const seconds = asAppError(cause)?.details?.retryAfterSeconds;
  return typeof seconds === "number" ? seconds : undefined;
}
