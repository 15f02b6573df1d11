import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "~": path.resolve(import.meta.dirname),
      // Importing "server-only" outside Next throws; tests run server code directly.
      "server-only": path.resolve(import.meta.dirname, "tests/setup/empty.ts"),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    setupFiles: ["tests/setup/fail-on-console-error.ts"],
    globalSetup: ["tests/setup/global-setup.ts"],
    // Without DATABASE_URL each test file gets its own in-memory PGlite; with it, all files share
    // the server database (migrated once in global setup) and make their own uniquely named data.
    env: { UPLOADS_DIR: path.join(os.tmpdir(), "r2p-test-uploads"), PGLITE_DATA_DIR: "memory://", SEED_SAMPLE: "false", LOG_LEVEL: "warn", APP_URL: "http://app.test", MAIL_DROP_DIR: path.resolve(import.meta.dirname, ".data/test-mail") },
    server: { deps: { inline: ["next-auth"] } },
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
