// Which database a query may read from. Only code that knows a read is public and read-only (an
// anonymous query, see server/api/trpc.ts) opens a replica scope; everything else — writes,
// transactions, signed-in people reading what they just wrote — reads the primary (decision 020).
import { AsyncLocalStorage } from "node:async_hooks";

const replicaScope = new AsyncLocalStorage<true>();

/** Runs `fn` with its plain reads allowed to go to a read replica (when there are any). */
export function readingFromReplica<T>(fn: () => T): T {
  return replicaScope.run(true, fn);
}

export function inReplicaScope(): boolean {
  return replicaScope.getStore() === true;
}

/** Runs `fn` on the primary even inside a replica scope: for reads that must see the latest writes (rate-limit ledgers). */
export function readingFromPrimary<T>(fn: () => T): T {
  return replicaScope.exit(fn);
}
