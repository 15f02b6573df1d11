// Graceful shutdown on SIGTERM (and Ctrl-C): requests in flight finish, the jobs pass under way
// finishes what it claimed and no new one starts, the database pool (or PGlite) is closed, and the
// process exits 0 (docs/decisions/021).
//
// Next's own handler, installed before ours, closes the HTTP server — no new connections, requests in
// flight run to the end — and then calls process.exit. We hold that exit until the jobs and the pool
// are done, since both must outlive the last request. Without Next's handler (NEXT_MANUAL_SIG_HANDLE,
// a CLI), we clean up and exit at once.
import { dbHandle } from "~/db/client";
import { logger } from "~/server/logger";
import { stopJobTimer } from "~/server/services/notifications/run-jobs";

/** A shutdown that has not finished by then exits anyway (orchestrators kill at ~30 s). */
const DEADLINE_MS = 25_000;

const KEY = Symbol.for("r2p.gracefulShutdown");
type GlobalWithFlag = typeof globalThis & { [KEY]?: boolean };

export function installGracefulShutdown() {
  const g = globalThis as GlobalWithFlag;
  if (g[KEY]) return;
  g[KEY] = true;
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => void shutDown(signal, process.listenerCount(signal) > 0));
  }
}

async function shutDown(signal: NodeJS.Signals, nextIsDraining: boolean) {
  const started = Date.now();
  logger.info("shutdown.begin", { signal });
  const exit = process.exit.bind(process);
  setTimeout(() => {
    logger.error("shutdown.deadline", { ms: DEADLINE_MS });
    exit(1);
  }, DEADLINE_MS).unref();
  const jobsDone = stopJobTimer();
  if (nextIsDraining) {
    // Next calls process.exit once the last request has been answered: that is our signal to go on.
    await new Promise<void>((resolve) => {
      process.exit = (() => resolve()) as typeof process.exit;
    });
  }
  let code = 0;
  try {
    await jobsDone;
    await dbHandle().close();
  } catch (error) {
    logger.error("shutdown.failed", { error });
    code = 1;
  }
  logger.info("shutdown.done", { signal, ms: Date.now() - started });
  exit(code);
}
