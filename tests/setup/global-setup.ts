// With DATABASE_URL, migrate and seed the shared server database once, before any test file runs
// (test files run in parallel and must not race each other's migrations). Runs the real seed CLI.
// Without it, make the snapshot each file's in-memory PGlite starts from.
// Also empties the tests' mail drop directory (vitest.config.ts MAIL_DROP_DIR) of earlier runs.
// Each vitest project runs its global setup; the flag keeps it to once per `vitest run`.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { TEST_MAIL_DIR, TEST_PGLITE_SNAPSHOT } from "./run-dirs";

export default function globalSetup() {
  if (process.env.R2P_TEST_GLOBAL_SETUP_DONE) return;
  process.env.R2P_TEST_GLOBAL_SETUP_DONE = "1";
  fs.rmSync(TEST_MAIL_DIR, { recursive: true, force: true });
  if (!process.env.DATABASE_URL) {
    // PGlite: every file's in-memory database starts from one migrated, seeded snapshot (made afresh
    // each run, so it always matches this checkout's migrations and seeds).
    execFileSync("npx", ["tsx", "tests/setup/make-pglite-snapshot.ts", TEST_PGLITE_SNAPSHOT], { stdio: "inherit", env: { ...process.env, SEED_SAMPLE: "false", LOG_LEVEL: "warn" } });
    return;
  }
  execFileSync("npx", ["tsx", "server/cli/db-seed.ts", "--no-sample"], { stdio: "inherit" });
}
