// The e2e web server: a fresh database with the fixed accounts, then `next start` (or `next dev`
// when there is no build) on E2E_PORT. Playwright's webServer runs this.
//   PGlite (default): a new data directory under .data/ per run.
//   PostgreSQL: DATABASE_URL=postgres://… — the database must exist; seeding is idempotent.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { E2E_BASE_URL, E2E_PORT } from "./accounts";
import { E2E_MAIL_DIR } from "./mail";

const root = path.resolve(import.meta.dirname, "../..");
const env: NodeJS.ProcessEnv = {
  ...process.env,
  APP_URL: E2E_BASE_URL,
  AUTH_SECRET:
    process.env.AUTH_SECRET ?? "e2e-only-secret-0123456789abcdefghijklmnop",
  // Sample accounts would only add noise (and are never created on PostgreSQL anyway).
  SEED_SAMPLE: "false",
  LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
  // The full copy of every email, for the journeys that follow a link (the mailbox redacts them).
  MAIL_DROP_DIR: E2E_MAIL_DIR,
};
fs.rmSync(E2E_MAIL_DIR, { recursive: true, force: true });

if (!env.DATABASE_URL) {
  // Earlier runs' directories: keep the last hour's (another run may be using one), drop the rest.
  const dataRoot = path.join(root, ".data");
  for (const name of fs.existsSync(dataRoot) ? fs.readdirSync(dataRoot) : []) {
    const dir = path.join(dataRoot, name);
    if (
      name.startsWith("e2e-") &&
      Date.now() - fs.statSync(dir).mtimeMs > 60 * 60 * 1000
    ) {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  const dataDir =
    env.PGLITE_DATA_DIR ?? path.join(".data", `e2e-${Date.now()}`);
  fs.rmSync(path.resolve(root, dataDir), { recursive: true, force: true });
  env.PGLITE_DATA_DIR = dataDir;
  console.log(`[e2e] PGlite at ${dataDir}`);
} else {
  console.log(
    `[e2e] PostgreSQL at ${new URL(env.DATABASE_URL).pathname.slice(1)}`,
  );
}

// Seed in a separate process that exits before the server opens the database.
const seeded = spawnSync("npx", ["tsx", "tests/e2e/seed.ts"], {
  cwd: root,
  env,
  stdio: "inherit",
});
if (seeded.status !== 0) process.exit(seeded.status ?? 1);

const built = fs.existsSync(path.join(root, ".next", "BUILD_ID"));
const mode = built ? "start" : "dev";
console.log(`[e2e] next ${mode} on port ${E2E_PORT}`);
const server = spawn(
  "npx",
  ["next", mode, "-p", String(E2E_PORT), "-H", "127.0.0.1"],
  {
    cwd: root,
    env: built ? { ...env, NODE_ENV: "production" } : env,
    // Same process group as this script: Playwright stops the whole group at the end of the run.
    stdio: "inherit",
  },
);

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
