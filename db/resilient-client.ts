// The postgres.js client as drizzle sees it, made to ride out a database restart (issue 16):
// - a statement that could not connect, or a read whose connection dropped, waits for the database
//   to answer again (db/availability.ts, at most RECONNECT_WAIT_MS) and runs again;
// - a transaction is run again only if it never started (the connection could not be made);
// - a write or transaction whose connection dropped mid-way is never re-run (whether it was applied
//   is unknown): its error reaches the caller, who answers 503 and was never told it succeeded.
// The first failure marks the database down and starts a probe that marks it up once it answers.
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

export function resilientClient<T extends Sql>(sql: T, events: OutageEvents): T {
  function noticeOutage(error: unknown) {
    if (!markDatabaseDown()) return;
    events.down(error);
    const since = Date.now();
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

  return new Proxy(sql, {
    get(target, prop, receiver) {
      if (prop === "unsafe") return unsafe;
      if (prop === "begin") return begin;
      return Reflect.get(target, prop, receiver);
    },
  });
}
