// The one database switch: PGlite under .data/ when DATABASE_URL is unset, postgres.js when set.
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { databaseEnv as env, databaseKind } from "./database-env";
import * as schema from "./schema";

type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything a service can run a query on: the database or a transaction inside it. */
export type Queryable = Db | Tx;

interface Handle {
  db: Db;
  kind: "postgres" | "pglite";
  migrate: () => Promise<void>;
  ping: () => Promise<void>;
  close: () => Promise<void>;
}

const migrationsFolder = path.join(process.cwd(), "db", "migrations");

/**
 * postgres.js options for the server database. `statement_timeout` makes PostgreSQL cancel any one
 * statement that runs longer (DATABASE_STATEMENT_TIMEOUT_MS, 15 s by default), so one heavy or
 * hostile query cannot hold a connection and a CPU indefinitely; the app answers it with a 503.
 */
export function postgresOptions(statementTimeoutMs: number, max = Number(process.env.DATABASE_POOL_SIZE ?? 10)) {
  return { max, onnotice: () => {}, connection: { statement_timeout: statementTimeoutMs } };
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
    const client = postgres(url, postgresOptions(env.DATABASE_STATEMENT_TIMEOUT_MS));
    const db = drizzlePostgres({ client, schema, casing: "snake_case" });
    return {
      db: db as unknown as Db,
      kind: "postgres",
      migrate: () => migrateServerDatabase(url),
      ping: async () => void (await client`select 1`),
      close: () => client.end({ timeout: 5 }),
    };
  }
  const dataDir = env.PGLITE_DATA_DIR === "memory://" ? undefined : env.PGLITE_DATA_DIR;
  if (dataDir) fs.mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
  const client = new PGlite(dataDir);
  const db = drizzlePglite({ client, schema, casing: "snake_case" });
  return {
    db: db as unknown as Db,
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

/** The database. Opened lazily, so importing this module never connects. */
export const db: Db = new Proxy({} as Db, {
  get(_target, prop) {
    const real = dbHandle().db as unknown as Record<PropertyKey, unknown>;
    const value = real[prop];
    return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(real) : value;
  },
});

export { databaseKind, schema };
