// Where a test run keeps its mail drop and uploads. Two runs at once (CI runs the PostgreSQL and the
// PGlite suites side by side) must not share them: each run's global setup empties its mail drop, which
// would delete the other run's mails mid-test. TEST_RUN_NAME tells the runs apart; alone, it is "local".
import os from "node:os";
import path from "node:path";

const run = (process.env.TEST_RUN_NAME ?? "local").replace(/[^a-z0-9-]/gi, "_");
const root = path.resolve(import.meta.dirname, "../..");

export const TEST_MAIL_DIR = path.join(root, ".data", run === "local" ? "test-mail" : `test-mail-${run}`);
export const TEST_UPLOADS_DIR = path.join(os.tmpdir(), run === "local" ? "r2p-test-uploads" : `r2p-test-uploads-${run}`);
/** The migrated, seeded PGlite data directory every in-memory test database starts from (a tar). */
export const TEST_PGLITE_SNAPSHOT = path.join(os.tmpdir(), `r2p-test-pglite-${run}.tar`);
