import path from "node:path";
import { defineConfig } from "vitest/config";
import { TEST_MAIL_DIR, TEST_PGLITE_SNAPSHOT, TEST_UPLOADS_DIR } from "./tests/setup/run-dirs";

// On a shared PostgreSQL database these files assert global figures (dashboard counts, a region's
// mean score) or write derived progress rows directly that a concurrent recomputeAll would rewrite:
// they run after every other file, one at a time. Elsewhere each file keeps to countries of its own.
const SERIAL = [
  "tests/integration/atlas/atlas-dashboard.test.ts",
  "tests/integration/atlas/atlas-country-table.test.ts",
  "tests/integration/atlas/atlas-parliament.test.ts",
  // The whole published dataset against the API, and the newest 50 entries of the site-wide feed.
  "tests/integration/open-data/open-data-package.test.ts",
  "tests/integration/open-data/open-data-feeds.test.ts",
  // Every procedure within a time limit per call: a staff save that publishes waits, rightly, for any
  // full recompute another file runs (it holds the progress lock for seconds on a busy machine), which
  // read as "no answer" in the parallel group.
  "tests/integration/security/fuzz-procedures.test.ts",
];

export default defineConfig({
  resolve: {
    alias: {
      "~": path.resolve(import.meta.dirname),
      // Importing "server-only" outside Next throws; tests run server code directly.
      "server-only": path.resolve(import.meta.dirname, "tests/setup/empty.ts"),
    },
  },
  test: {
    setupFiles: ["tests/setup/fail-on-console-error.ts"],
    globalSetup: ["tests/setup/global-setup.ts"],
    // Without DATABASE_URL each test file gets its own in-memory PGlite; with it, all files share
    // the server database (migrated once in global setup) and make their own uniquely named data.
    env: { UPLOADS_DIR: TEST_UPLOADS_DIR, PGLITE_DATA_DIR: "memory://", PGLITE_SNAPSHOT: TEST_PGLITE_SNAPSHOT, SEED_SAMPLE: "false", LOG_LEVEL: "warn", APP_URL: "http://app.test", MAIL_DROP_DIR: TEST_MAIL_DIR },
    server: { deps: { inline: ["next-auth"] } },
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: { name: "parallel", include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"], exclude: SERIAL, sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: { name: "serial", include: SERIAL, fileParallelism: false, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
