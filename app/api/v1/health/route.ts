// Liveness and database reachability: 200 {"status":"ok"} or 503 {"status":"error"}.
import { NextResponse } from "next/server";
import { dbHandle } from "~/db/client";
import { PUBLIC_ENDPOINTS } from "~/server/api/public/endpoints";
import { ensureDatabaseReady } from "~/server/bootstrap";
import { logger } from "~/server/logger";

export const dynamic = "force-dynamic";

const endpoint = PUBLIC_ENDPOINTS.health;

export async function GET() {
  const handle = dbHandle();
  try {
    await ensureDatabaseReady();
    await handle.ping();
    return NextResponse.json(endpoint.response.parse({ status: "ok", db: handle.kind }));
  } catch (error) {
    logger.warn("health.db_unreachable", { error });
    return NextResponse.json(endpoint.response.parse({ status: "error", db: handle.kind }), { status: 503 });
  }
}
