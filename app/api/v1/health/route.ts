// Liveness and database reachability: 200 {"status":"ok"} or 503 {"status":"error"}.
import { NextResponse } from "next/server";
import { dbHandle } from "~/db/client";
import { ensureDatabaseReady } from "~/server/bootstrap";
import { logger } from "~/server/logger";

export const dynamic = "force-dynamic";

export async function GET() {
  const handle = dbHandle();
  try {
    await ensureDatabaseReady();
    await handle.ping();
    return NextResponse.json({ status: "ok", db: handle.kind });
  } catch (error) {
    logger.warn("health.db_unreachable", { error });
    return NextResponse.json({ status: "error", db: handle.kind }, { status: 503 });
  }
}
