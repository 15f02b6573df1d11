// Liveness and readiness: 200 {"status":"ok"} while the primary database answers, 503 {"status":"error"}
// when it does not. Also reports the shared cache and the read replicas (decision 020), which degrade
// speed or spread load but never correctness, so they do not fail the probe.
import { NextResponse } from "next/server";
import { dbHandle } from "~/db/client";
import { PUBLIC_ENDPOINTS } from "~/server/api/public/endpoints";
import { ensureDatabaseReady } from "~/server/bootstrap";
import { cacheStoreHealth } from "~/server/cache/cache-store";
import { logger } from "~/server/logger";
import { MAX_REPLICA_LAG_SECONDS } from "~/db/replicas";

export const dynamic = "force-dynamic";

const endpoint = PUBLIC_ENDPOINTS.health;

export async function GET() {
  const handle = dbHandle();
  const [cache, replicas] = await Promise.all([cacheStoreHealth(), handle.replicas.check()]);
  const replicaReport = replicas.map((r) => ({
    status: r.lagSeconds === null ? ("error" as const) : r.lagSeconds > MAX_REPLICA_LAG_SECONDS ? ("lagging" as const) : ("ok" as const),
    lagSeconds: r.lagSeconds,
  }));
  const report = { db: handle.kind, cache, replicas: replicaReport };
  try {
    // The one place in app/ that asks for readiness itself: health reports it. A start-up that failed
    // (the database was not there yet) is retried here and answered 503 until it succeeds.
    await ensureDatabaseReady();
    await handle.ping();
    return NextResponse.json(endpoint.response.parse({ status: "ok", ...report }));
  } catch (error) {
    logger.warn("health.db_unreachable", { error });
    // Same hint as every other 503 while the database is away (decision 021).
    return NextResponse.json(endpoint.response.parse({ status: "error", ...report }), { status: 503, headers: { "Retry-After": "5" } });
  }
}
