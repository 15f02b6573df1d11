// The postgres.js client as drizzle sees it, made to ride out a database restart (issue 16):
// - a statement that could not connect, or a read whose connection dropped, waits for the database
//   to answer again (db/availability.ts, at most RECONNECT_WAIT_MS) and runs again;
// - a transaction is run again only if it never started (the connection could not be made);
// - a write or transaction whose connection dropped mid-way is never re-run (whether it was applied
//   is unknown): its error reaches the caller, who answers 503 and was never told it succeeded.
// The first failure marks the database down, replaces the pool with a fresh one (the old connections
// died with the server, and postgres.js 3.4.9 can leave such a connection unable to ever write again:
// porsager/postgres#1154, #1208) and starts a probe on it that marks the database up once it answers.
import type { Sql } from "postgres";
import { markDatabaseDown, markDatabaseUp, waitForDatabase } from "./availability";
import { isConnectionError, isNotConnectedError } from "./connection-errors";

const PROBE_INTERVAL_MS = 200;
/** Runs per statement at most: a database that flaps does not keep a request forever. */
const MAX_ATTEMPTS = 3;

export interface OutageEvents {
  down: (error: unknown) => void;
  up: (downForMs: number) => void;
}

/** Statements without side effects, safe to run twice. drizzle writes SQL keywords in lower case. */
const isRead = (query: string) => /^\s*select\b/i.test(query);

/** `open` makes a new pool with the same settings; the first one is what drizzle is given. */
export function resilientClient<T extends Sql>(open: () => T, events: OutageEvents): T {
  const first = open();
  let sql = first;

  function noticeOutage(error: unknown) {
    if (!markDatabaseDown()) return;
    events.down(error);
    const since = Date.now();
    // New statements go to a fresh pool at once; the old one finishes what it still can and closes.
    const old = sql;
    sql = open();
    // drizzle tuned the first pool's type parsers in place; the replacement must read values the same way.
    Object.assign(sql.options.parsers, first.options.parsers);
    Object.assign(sql.options.serializers, first.options.serializers);
    void old.end({ timeout: 5 }).catch(() => {});
    const probe = () => {
      sql`select 1`.then(
        () => {
          markDatabaseUp();
          events.up(Date.now() - since);
        },
        () => setTimeout(probe, PROBE_INTERVAL_MS).unref(),
      );
    };
    setTimeout(probe, PROBE_INTERVAL_MS).unref();
  }

  /** Runs `exec`; on a connection error that is safe to retry, waits for the database and retries. */
  async function withReconnect<R>(exec: () => Promise<R>, rerunnable: (error: unknown) => boolean): Promise<R> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await exec();
      } catch (error) {
        if (!isConnectionError(error)) throw error;
        noticeOutage(error);
        if (attempt >= MAX_ATTEMPTS || !rerunnable(error) || !(await waitForDatabase())) throw error;
      }
    }
  }

  function unsafe(query: string, params?: unknown[], options?: unknown) {
    const rerunnable = (error: unknown) => isNotConnectedError(error) || isRead(query);
    const pending = () => (sql.unsafe as (...args: unknown[]) => ReturnType<Sql["unsafe"]>)(query, params, options);
    // drizzle awaits the query itself or its `.values()`; each attempt builds a fresh query.
    return {
      values: () => withReconnect(() => pending().values(), rerunnable),
      then: <A, B>(onOk?: (rows: unknown) => A, onFail?: (error: unknown) => B) =>
        withReconnect(async () => await pending(), rerunnable).then(onOk, onFail),
    };
  }

  function begin(...args: unknown[]) {
    const fnIndex = typeof args[0] === "function" ? 0 : 1;
    const fn = args[fnIndex] as (tx: unknown) => unknown;
    let started = false;
    const attempt = () => {
      started = false;
      const wrapped = [...args];
      wrapped[fnIndex] = (tx: unknown) => {
        started = true;
        return fn(tx);
      };
      return (sql.begin as (...a: unknown[]) => Promise<unknown>)(...wrapped);
    };
    return withReconnect(attempt, (error) => !started && isNotConnectedError(error));
  }

  // Everything else (tagged-template queries, `options`, `end`) goes to whichever pool is current.
  return new Proxy(first, {
    get(_target, prop) {
      if (prop === "unsafe") return unsafe;
      if (prop === "begin") return begin;
      const value = Reflect.get(sql, prop, sql) as unknown;
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(sql) : value;
    },
    apply(_target, thisArg, args) {
      return Reflect.apply(sql as unknown as (...a: unknown[]) => unknown, thisArg, args);
    },
  });
}
