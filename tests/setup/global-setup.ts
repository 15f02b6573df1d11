// With DATABASE_URL, migrate and seed the shared server database once, before any test file runs
// (test files run in parallel and must not race each other's migrations). Runs the real seed CLI.
// Each vitest project runs its global setup; the flag keeps it to once per `vitest run`.
import { execFileSync } from "node:child_process";

export default function globalSetup() {
  if (!process.env.DATABASE_URL || process.env.R2P_TEST_DATABASE_SEEDED) return;
  execFileSync("npx", ["tsx", "server/cli/db-seed.ts", "--no-sample"], { stdio: "inherit" });
  process.env.R2P_TEST_DATABASE_SEEDED = "1";
}
