// The one database switch: PGlite under .data/ when DATABASE_URL is unset, postgres.js when set.
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import { type PgDatabase, type PgQueryResultHKT, type PgTransaction, withReplicas } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { databaseEnv as env, databaseKind } from "./database-env";
import { inReplicaScope } from "./read-routing";
import { ReplicaSet } from "./replicas";
import { resilientClient } from "./resilient-client";
import * as schema from "./schema";

type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything a service can run a query on: the database or a transaction inside it. */
export type Queryable = Db | Tx;

interface Handle {
  db: Db;
  /** Reads in a replica scope (db/read-routing.ts): a replica when there are any, else the primary. */
  readDb: Db;
  /** Read replicas (DATABASE_REPLICA_URLS); empty on PGlite and without the variable. */
  replicas: ReplicaSet<Db>;
  kind: "postgres" | "pglite";
  migrate: () => Promise<void>;
  ping: () => Promise<void>;
  close: () => Promise<void>;
}

const migrationsFolder = path.join(process.cwd(), "db", "migrations");

/** One JSON line in the server log's shape (server/logger.ts, which db/ may not import). */
function logLine(level: "info" | "warn", event: string, fields: Record<string, unknown>) {
  const line = JSON.stringify({ time: new Date().toISOString(), level, event, ...fields });
  if (level === "warn") console.warn(line);
  else console.log(line);
}

/** Between attempts to reconnect a pooled connection while the server is unreachable. */
const RECONNECT_PAUSE_SECONDS = 0.2;

/**
 * postgres.js options for the server database. `statement_timeout` makes PostgreSQL cancel any one
 * statement that runs longer (DATABASE_STATEMENT_TIMEOUT_MS, 15 s by default), so one heavy or
 * hostile query cannot hold a connection and a CPU indefinitely; the app answers it with a 503.
 */
export function postgresOptions(statementTimeoutMs: number, max = Number(process.env.DATABASE_POOL_SIZE ?? 10)) {
  return {
    max,
    onnotice: () => {},
    connection: { statement_timeout: statementTimeoutMs },
    // postgres.js waits longer before each reconnection attempt, growing past 7 s after a few failed
    // ones (shared by the pool): after a restart that delay, not the server, kept requests waiting.
    // A short constant pause reconnects within a fraction of a second (decision 021).
    backoff: () => RECONNECT_PAUSE_SECONDS,
  };
}

/** Migrations may legitimately run longer than any request (an index on a big table): no timeout. */
async function migrateServerDatabase(url: string) {
  const client = postgres(url, postgresOptions(0, 1));
  try {
    await migratePostgres(drizzlePostgres({ client, schema, casing: "snake_case" }), { migrationsFolder });
  } finally {
    await client.end({ timeout: 5 });
  }
}

function open(): Handle {
  if (env.DATABASE_URL) {
    const url = env.DATABASE_URL;
    // Rides out a restart of the server: waits for it and re-runs what is safe to (resilient-client.ts).
    const client = resilientClient(() => postgres(url, postgresOptions(env.DATABASE_STATEMENT_TIMEOUT_MS)), {
      down: (error) => logLine("warn", "db.unreachable", { error: error instanceof Error ? error.message : String(error) }),
      up: (downForMs) => logLine("info", "db.reconnected", { downForMs }),
    });
    const db = drizzlePostgres({ client, schema, casing: "snake_case" }) as unknown as Db;
    const members = env.DATABASE_REPLICA_URLS.map((replicaUrl) => {
      const replicaClient = postgres(replicaUrl, postgresOptions(env.DATABASE_STATEMENT_TIMEOUT_MS));
      return { client: replicaClient, db: drizzlePostgres({ client: replicaClient, schema, casing: "snake_case" }) as unknown as Db };
    });
    const replicas = new ReplicaSet<Db>(members, client);
    // drizzle's withReplicas sends selects and relational queries to the replica `pick` chooses, and
    // writes, `execute` and transactions to the primary; pick falls back to the primary when no
    // replica is healthy.
    const [first, ...rest] = members.map((m) => m.db);
    const readDb = first ? (withReplicas(db, [first, ...rest], () => replicas.pick(db)) as unknown as Db) : db;
    return {
      db,
      readDb,
      replicas,
      kind: "postgres",
      migrate: () => migrateServerDatabase(url),
      ping: async () => void (await client`select 1`),
      close: async () => {
        await replicas.close();
        await client.end({ timeout: 5 });
      },
    };
  }
  const dataDir = env.PGLITE_DATA_DIR === "memory://" ? undefined : env.PGLITE_DATA_DIR;
  if (dataDir) fs.mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
  const client = !dataDir && env.PGLITE_SNAPSHOT && fs.existsSync(env.PGLITE_SNAPSHOT)
    ? new PGlite({ loadDataDir: new Blob([fs.readFileSync(env.PGLITE_SNAPSHOT)]) })
    : new PGlite(dataDir);
  const db = drizzlePglite({ client, schema, casing: "snake_case" });
  return {
    db: db as unknown as Db,
    readDb: db as unknown as Db,
    replicas: new ReplicaSet<Db>([], null),
    kind: "pglite",
    migrate: () => migratePglite(db, { migrationsFolder }),
    ping: async () => void (await client.query("select 1")),
    close: () => client.close(),
  };
}

// One handle per process, even when Next bundles this module more than once (dev, instrumentation):
// two PGlite instances on one data directory would corrupt it.
const KEY = Symbol.for("r2p.db");
type GlobalWithDb = typeof globalThis & { [KEY]?: Handle };

export function dbHandle(): Handle {
  const g = globalThis as GlobalWithDb;
  g[KEY] ??= open();
  return g[KEY];
}

/**
 * The database. Opened lazily, so importing this module never connects. Inside a replica scope
 * (anonymous read-only requests) its reads may go to a replica; everywhere else it is the primary.
 */
export const db: Db = new Proxy({} as Db, {
  get(_target, prop) {
    const handle = dbHandle();
    const real = (inReplicaScope() ? handle.readDb : handle.db) as unknown as Record<PropertyKey, unknown>;
    const value = real[prop];
    return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(real) : value;
  },
});

export { databaseKind, schema };
