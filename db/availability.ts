// Whether the server database answers, as this process last saw it: marked down by the first query
// that finds it unreachable, up again by the probe (db/resilient-client.ts). Dependency-free so the
// page proxy can consult it on every request without loading a database driver. One state per
// process (globalThis), however many times Next bundles this module.

/** How long a request waits for the database to come back before it is answered 503. */
export const RECONNECT_WAIT_MS = Number(process.env.DATABASE_RECONNECT_WAIT_MS ?? 5_000);
/** What a 503 tells the client: try again after this many seconds. */
export const RETRY_AFTER_SECONDS = 5;

interface State {
  downSince: number | null;
  waiters: Set<() => void>;
}

const KEY = Symbol.for("r2p.databaseAvailability");
type GlobalWithState = typeof globalThis & { [KEY]?: State };

function state(): State {
  const g = globalThis as GlobalWithState;
  g[KEY] ??= { downSince: null, waiters: new Set() };
  return g[KEY];
}

/** Since when the database has been unreachable (epoch ms), or null while it answers. */
export function databaseDownSince(): number | null {
  return state().downSince;
}

/** Returns true when this call is the one that noticed the outage (the caller then starts a probe). */
export function markDatabaseDown(now = Date.now()): boolean {
  const s = state();
  if (s.downSince !== null) return false;
  s.downSince = now;
  return true;
}

export function markDatabaseUp() {
  const s = state();
  s.downSince = null;
  for (const wake of s.waiters) wake();
  s.waiters.clear();
}

/**
 * Resolves true as soon as the database answers again, false when it has been down longer than
 * RECONNECT_WAIT_MS (counted from the start of the outage, so requests arriving during a long outage
 * are answered at once instead of each waiting the full time).
 */
export function waitForDatabase(maxWaitMs = RECONNECT_WAIT_MS): Promise<boolean> {
  const s = state();
  if (s.downSince === null) return Promise.resolve(true);
  const remaining = s.downSince + maxWaitMs - Date.now();
  if (remaining <= 0) return Promise.resolve(false);
  return new Promise((resolve) => {
    const wake = () => {
      clearTimeout(timer);
      resolve(true);
    };
    const timer = setTimeout(() => {
      s.waiters.delete(wake);
      resolve(false);
    }, remaining);
    s.waiters.add(wake);
  });
}
