// npm run test:recovery — the app rides out a restart of its PostgreSQL under load, and stops
// gracefully on SIGTERM (issue 16):
// a throwaway cluster on its own port, the production server against it, steady writes and reads,
// `pg_ctl restart -m fast` in the middle. Passes when every answer was 2xx or 503 (503s with
// Retry-After, never a 500), the app served writes again within 5 s of the database being back, and
// every write it acknowledged is in the database afterwards; then SIGTERM with a write in flight
// (graceful-shutdown.ts). Needs `npm run build` first.
import { inArray } from "drizzle-orm";
import { startApp, stopApp, TEST_AUTH_SECRET, type AppServer } from "./app-server";
import { shutdownWithWriteInFlight } from "./graceful-shutdown";
import { driveLoad, type Sample } from "./load";
import { createMember } from "./member";
import { type PgCluster, startCluster } from "./pg-cluster";

const PG_PORT = Number(process.env.RECOVERY_PG_PORT ?? 5434);
const APP_PORT = Number(process.env.RECOVERY_APP_PORT ?? 3303);
const WORKERS = 8;
const BEFORE_MS = 3_000;
const AFTER_MS = 6_000;
const RECONNECT_LIMIT_MS = 5_000;
/** Longer than the app's wait for the database (DATABASE_RECONNECT_WAIT_MS, 5 s). */
const OUTAGE_MS = 8_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function summarise(samples: Sample[]) {
  const byKind = new Map<string, Map<number, number>>();
  for (const s of samples) {
    const counts = byKind.get(s.kind) ?? new Map<number, number>();
    counts.set(s.status, (counts.get(s.status) ?? 0) + 1);
    byKind.set(s.kind, counts);
  }
  for (const [kind, counts] of byKind) {
    const parts = [...counts].sort(([a], [b]) => a - b).map(([status, n]) => `${status === 0 ? "no answer" : status}×${n}`);
    console.log(`  ${kind.padEnd(6)} ${parts.join("  ")}`);
  }
}

/** The health endpoint every 100 ms: when the app's pool reaches the database again. */
async function probeHealth(baseUrl: string, running: () => boolean) {
  const probes: { startedAt: number; endedAt: number; status: number }[] = [];
  while (running()) {
    const startedAt = Date.now();
    const status = await fetch(`${baseUrl}/api/v1/health`).then((r) => r.status, () => 0);
    probes.push({ startedAt, endedAt: Date.now(), status });
    await sleep(100);
  }
  return probes;
}

async function waitForHealth(baseUrl: string) {
  const started = Date.now();
  while (Date.now() - started < 30_000) {
    if ((await fetch(`${baseUrl}/api/v1/health`).then((r) => r.status, () => 0)) === 200) return Date.now() - started;
    await sleep(100);
  }
  throw new Error("the app did not become healthy within 30 s of the database starting");
}

async function main() {
  const started = Date.now();
  let cluster: PgCluster | undefined;
  let app: AppServer | undefined;
  const failures: string[] = [];
  try {
    cluster = startCluster(PG_PORT);
    cluster.createDatabase("r2p_recovery");
    const databaseUrl = cluster.url("r2p_recovery");
    // This process writes the test member and checks the writes afterwards, on the same database.
    process.env.DATABASE_URL = databaseUrl;
    process.env.AUTH_SECRET = TEST_AUTH_SECRET;
    console.log(`PostgreSQL on ${cluster.port}; starting the app on ${APP_PORT} (migrates and seeds) …`);
    app = await startApp({ port: APP_PORT, databaseUrl, env: { JOBS_IN_PROCESS: "false" } });
    console.log(`app serving after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const member = await createMember(String(Date.now()));

    // Every door answers before the restart, so what follows measures the restart only.
    const warm = await driveLoad({ baseUrl: app.baseUrl, cookie: member.cookie, workers: 4, running: (() => { let n = 0; return () => n++ < 4; })(), tag: "warm-up" });
    const cold = warm.filter((s) => s.status < 200 || s.status > 299);
    if (cold.length > 0) throw new Error(`before the restart, some requests failed: ${JSON.stringify(cold)}`);

    let running = true;
    const load = driveLoad({ baseUrl: app.baseUrl, cookie: member.cookie, workers: WORKERS, running: () => running, tag: "load" });
    const health = probeHealth(app.baseUrl, () => running);
    await sleep(BEFORE_MS);
    const restartAt = Date.now();
    await cluster.restart();
    const readyAt = Date.now();
    await sleep(AFTER_MS);
    running = false;
    const samples = await load;
    const probes = await health;

    console.log(`\n${samples.length} requests by ${WORKERS} clients; PostgreSQL restart took ${readyAt - restartAt} ms`);
    summarise(samples);

    const wrong = samples.filter((s) => !(s.status >= 200 && s.status <= 299) && s.status !== 503);
    if (wrong.length > 0) failures.push(`${wrong.length} answers were neither 2xx nor 503: ${JSON.stringify(wrong.slice(0, 5))}`);
    const bare503 = samples.filter((s) => s.status === 503 && !s.retryAfter);
    if (bare503.length > 0) failures.push(`${bare503.length} answers 503 without Retry-After (${[...new Set(bare503.map((s) => s.kind))].join(", ")})`);

    // Reconnection: the first health check (a query through the app's pool) answered after the restart.
    const reconnectMs = probes.filter((p) => p.status === 200 && p.startedAt >= readyAt).reduce((min, p) => Math.min(min, p.endedAt), Number.POSITIVE_INFINITY) - readyAt;
    console.log(`app's database connection back ${Number.isFinite(reconnectMs) ? `${reconnectMs} ms` : "never"} after the database was`);
    if (!(reconnectMs <= RECONNECT_LIMIT_MS)) failures.push(`the app did not reconnect within ${RECONNECT_LIMIT_MS} ms of the database being back`);
    const firstWriteBack = samples
      .filter((s) => s.kind === "write" && s.id && s.endedAt >= readyAt)
      .reduce((min, s) => Math.min(min, s.endedAt), Number.POSITIVE_INFINITY);
    const writeBackMs = firstWriteBack - readyAt;
    console.log(`first write acknowledged ${Number.isFinite(writeBackMs) ? `${writeBackMs} ms` : "never"} after the database was back (includes the request's own time)`);
    const lateFailures = samples.filter((s) => s.startedAt >= readyAt + RECONNECT_LIMIT_MS && s.status !== 200);
    if (lateFailures.length > 0) failures.push(`${lateFailures.length} requests still failed more than ${RECONNECT_LIMIT_MS} ms after the restart`);
    const refused = samples.filter((s) => s.status === 503);
    if (refused.length > 0) {
      const first = Math.min(...refused.map((s) => s.endedAt)) - restartAt;
      const last = Math.max(...refused.map((s) => s.endedAt)) - restartAt;
      console.log(`503s between ${first} and ${last} ms after the restart began`);
    }

    const acknowledged = samples.filter((s) => s.id).map((s) => s.id!);
    const { dbHandle } = await import("~/db/client");
    const { advocacyAction } = await import("~/db/schema");
    const { db } = dbHandle();
    const present = new Set<string>();
    for (let i = 0; i < acknowledged.length; i += 500) {
      const rows = await db.select({ id: advocacyAction.id }).from(advocacyAction).where(inArray(advocacyAction.id, acknowledged.slice(i, i + 500)));
      for (const r of rows) present.add(r.id);
    }
    const lost = acknowledged.filter((id) => !present.has(id));
    console.log(`${acknowledged.length} writes acknowledged, ${present.size} of them in the database afterwards`);
    if (lost.length > 0) failures.push(`${lost.length} acknowledged writes are missing: ${lost.slice(0, 5).join(", ")}`);
    if (acknowledged.length === 0) failures.push("no write was acknowledged at all");
    await dbHandle().close();

    // A longer outage: once the wait is over, every door answers 503 with Retry-After (pages from the proxy).
    await cluster.stopFast();
    const downAt = Date.now();
    let down = true;
    const during = await driveLoad({ baseUrl: app.baseUrl, cookie: member.cookie, workers: 4, running: () => down && Date.now() < downAt + OUTAGE_MS, tag: "outage" });
    down = false;
    await cluster.start();
    console.log(`\ndatabase stopped for ${((Date.now() - downAt) / 1000).toFixed(1)} s: ${during.length} requests`);
    summarise(during);
    // Once the wait has run out, every answer says when to come back (a cached 2xx is fine too). A page
    // already rendering when the database vanished, before the app knew, can still fail (decision 021).
    const afterWait = during.filter((s) => s.startedAt > downAt + RECONNECT_LIMIT_MS);
    const early = during.filter((s) => s.startedAt <= downAt + RECONNECT_LIMIT_MS && s.status !== 503);
    if (early.length > 0) console.log(`  in flight as the database vanished: ${early.map((s) => `${s.kind} ${s.status}`).join(", ")}`);
    const badDuring = afterWait.filter((s) => !(s.status >= 200 && s.status <= 299) && !(s.status === 503 && s.retryAfter));
    if (badDuring.length > 0) failures.push(`during the outage ${badDuring.length} answers were neither 2xx nor 503 with Retry-After: ${JSON.stringify(badDuring.slice(0, 5))}`);
    for (const kind of ["page", "api", "trpc", "write"]) {
      if (!afterWait.some((s) => s.kind === kind && s.status === 503)) {
        failures.push(`no ${kind} request answered 503 after the wait ran out`);
      }
    }
    const back = await waitForHealth(app.baseUrl);
    console.log(`healthy again ${back} ms after the database started`);

    // Then the same app is stopped the way an orchestrator stops it, with a write in flight.
    failures.push(...(await shutdownWithWriteInFlight(app, databaseUrl, member.cookie)));
  } catch (err) {
    failures.push(err instanceof Error ? err.message : String(err));
  } finally {
    if (app) await stopApp(app);
    cluster?.stop();
    cluster?.remove();
  }
  console.log(`\ntotal ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (failures.length > 0) {
    console.error(`\nRECOVERY TEST FAILED:\n- ${failures.join("\n- ")}`);
    if (app) console.error(`\nlast server output:\n${app.output().slice(-4000)}`);
    process.exit(1);
  }
  console.log("recovery test passed");
}

await main();
