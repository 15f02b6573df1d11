// The periodic work: task reminders, immediate emails not yet sent (e.g. an instance stopped between
// commit and send), daily digests, and the removal of uploads nothing cites. Every step claims its
// rows, so running it anywhere, any number of times, at once on several instances, does each thing once.
import { logger } from "~/server/logger";
import { pruneRateLimitEvents } from "~/server/services/rate-limit";
import { removeOrphanUploads } from "~/server/services/uploads/remove-orphan-uploads";
import { deliverDigests, deliverImmediate } from "./deliver-email";
import { sendTaskReminders } from "./task-reminders";

export async function runJobs(now = new Date()) {
  const reminders = await sendTaskReminders(now);
  const immediate = await deliverImmediate();
  const digests = await deliverDigests(now);
  // Not `now`: an upload's age is measured on the database clock that stamped it.
  const orphanUploads = await removeOrphanUploads();
  // Housekeeping: rate-limit ledger rows older than any window count for nothing.
  await pruneRateLimitEvents(now);
  const summary = { reminders, immediate, digests, orphanUploads };
  if (reminders + immediate + digests + orphanUploads > 0) logger.info("jobs.ran", summary);
  return summary;
}

const KEY = Symbol.for("r2p.jobTimer");
interface JobTimer {
  timer: ReturnType<typeof setInterval>;
  /** The pass under way, if any: shutdown waits for it, so nothing it claimed is left unsent. */
  running: Promise<void> | null;
}
type GlobalWithTimer = typeof globalThis & { [KEY]?: JobTimer };

/**
 * In-process schedule (JOBS_IN_PROCESS, on by default): every few minutes; a run never overlaps the
 * last. One timer per process even when Next bundles this module twice.
 */
export function startJobTimer(intervalMs = 5 * 60 * 1000) {
  const g = globalThis as GlobalWithTimer;
  if (g[KEY]) return;
  const state: JobTimer = {
    running: null,
    timer: setInterval(() => {
      if (state.running) return;
      state.running = runJobs()
        .then(() => undefined)
        .catch((error: unknown) => logger.error("jobs.failed", { error }))
        .finally(() => {
          state.running = null;
        });
    }, intervalMs),
  };
  state.timer.unref?.();
  g[KEY] = state;
}

/** No further runs; resolves once the run under way (if any) has finished what it claimed. */
export async function stopJobTimer(): Promise<void> {
  const g = globalThis as GlobalWithTimer;
  const state = g[KEY];
  if (!state) return;
  clearInterval(state.timer);
  await state.running;
}
