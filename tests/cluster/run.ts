// npm run test:cluster — the scale-out topology of compose.yaml, on this machine: a PostgreSQL primary
// and streaming replica (own data dirs), the machine's Redis (a key prefix of its own), three
// standalone instances behind nginx. Then the checks of issue 16 and throughput with 1, 2, 3 instances.
// Reuses an existing `next build` (CI builds just before); CLUSTER_BUILD=1 builds first.
import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createClient } from "@redis/client";
import postgres from "postgres";
import { freshnessCheck } from "./check-freshness";
import { jobsCheck } from "./check-jobs";
import { killInstanceCheck } from "./check-kill-instance";
import { replicaReadsCheck } from "./check-replica-reads";
import { sessionsCheck } from "./check-sessions";
import type { Check, ClusterContext } from "./cluster-context";
import { Instance, prepareStandalone, STANDALONE } from "./instances";
import { LoadBalancer } from "./load-balancer";
import { startPrimaryAndReplica } from "./postgres";
import { run } from "./process-tools";
import { throughput } from "./throughput";

const ROOT = path.resolve(import.meta.dirname, "../..");
const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const BALANCER_PORT = port("CLUSTER_BALANCER_PORT", 3410);
const FIRST_INSTANCE_PORT = port("CLUSTER_FIRST_INSTANCE_PORT", 3411);
const PRIMARY_PORT = port("CLUSTER_PG_PRIMARY_PORT", 5443);
const REPLICA_PORT = port("CLUSTER_PG_REPLICA_PORT", 5433);
const INSTANCES = 3;
const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const CHECKS: Check[] = [sessionsCheck, freshnessCheck, replicaReadsCheck, killInstanceCheck, jobsCheck];

const log = (line: string) => console.log(`[cluster ${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${line}`);
const started = Date.now();

async function main() {
  const runId = randomUUID().slice(0, 8);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `r2p-cluster-${runId}-`));
  fs.chmodSync(tmp, 0o755); // the PostgreSQL servers run as the postgres user and live inside
  const cleanups: (() => Promise<unknown>)[] = [];
  let passed = 0;
  let failed = 0;
  // Ctrl-C or a CI timeout: still stop the servers and remove the data directories.
  const onSignal = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    fs.rmSync(tmp, { recursive: true, force: true });
    process.exit(130);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    if (process.env.CLUSTER_BUILD === "1" || !fs.existsSync(path.join(STANDALONE, "server.js"))) {
      log("building (npm run build)");
      await run("npm", ["run", "build"], { cwd: ROOT });
    }
    prepareStandalone();

    const redis = createClient({ url: REDIS_URL });
    await redis.connect().catch((error: unknown) => {
      throw new Error(`Redis is not reachable at ${REDIS_URL} (start redis-server): ${String(error)}`);
    });
    const keyPrefix = `r2p-cluster-${runId}:`;
    cleanups.push(async () => {
      const keys = await redis.keys(`${keyPrefix}*`);
      if (keys.length > 0) await redis.unlink(keys);
      await redis.quit();
    });

    log(`PostgreSQL primary :${PRIMARY_PORT} and streaming replica :${REPLICA_PORT}`);
    const pg = await startPrimaryAndReplica(path.join(tmp, "pg"), PRIMARY_PORT, REPLICA_PORT);
    cleanups.push(() => pg.stop());
    // The seed encrypts the staff's TOTP secrets with AUTH_SECRET: the instances must share it.
    const authSecret = randomBytes(33).toString("base64");
    const seedAccounts = () =>
      run("npx", ["tsx", "tests/e2e/seed.ts"], { cwd: ROOT, env: { ...process.env, DATABASE_URL: pg.primaryUrl, AUTH_SECRET: authSecret } });

    const mailDir = path.join(tmp, "mail");
    const env = {
      DATABASE_URL: pg.primaryUrl,
      DATABASE_REPLICA_URLS: pg.replicaUrl,
      REDIS_URL,
      REDIS_KEY_PREFIX: keyPrefix,
      AUTH_SECRET: authSecret,
      AUTH_TRUST_HOST: "true",
      APP_URL: `http://127.0.0.1:${BALANCER_PORT}`,
      TRUSTED_PROXIES: "loopback",
      MAIL_DROP_DIR: mailDir,
      UPLOADS_DIR: path.join(tmp, "uploads"),
      JOBS_IN_PROCESS: "true",
      JOBS_INTERVAL_SECONDS: "2",
      LOG_LEVEL: "warn",
    };
    const instances = Array.from({ length: INSTANCES }, (_, i) => new Instance(`app${i + 1}`, FIRST_INSTANCE_PORT + i, env));
    cleanups.push(() => Promise.all(instances.map((i) => i.stop())));
    log("starting app1 (migrates and seeds), then the others and the test accounts");
    await instances[0]!.start();
    // The e2e accounts (tests/e2e/seed.ts) while the others start: app1 has migrated by now.
    await Promise.all([seedAccounts(), ...instances.slice(1).map((i) => i.start())]);

    const balancer = new LoadBalancer(path.join(tmp, "nginx"), BALANCER_PORT);
    await balancer.start(instances.map((i) => i.upstream));
    cleanups.push(() => balancer.stop());
    log(`nginx :${BALANCER_PORT} → ${instances.map((i) => i.upstream).join(", ")}`);

    const primary = postgres(pg.primaryUrl, { max: 2, onnotice: () => {} });
    const replica = postgres(pg.replicaUrl, { max: 2, onnotice: () => {} });
    cleanups.push(() => Promise.all([primary.end(), replica.end()]));
    const measures = (await (await fetch(`${balancer.url}/api/v1/measures?pageSize=1`)).json()) as { items: { slug: string }[] };
    const ctx: ClusterContext = { instances, balancer, primary, replica, mailDir, runId, measureSlug: measures.items[0]!.slug, country: "NOR" };

    for (const check of CHECKS) {
      try {
        const detail = await check.run(ctx);
        passed++;
        log(`✓ ${check.name}\n    ${detail}`);
      } catch (error) {
        failed++;
        log(`✗ ${check.name}\n    ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    for (const line of await throughput(ctx)) log(line);
  } catch (error) {
    failed++;
    log(`✗ cluster set-up: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => log(`cleanup: ${String(error)}`));
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  console.log(`cluster: ${passed} passed, ${failed} failed`);
  log(`done`);
  process.exit(failed > 0 ? 1 : 0);
}

await main();
