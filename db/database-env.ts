// The environment variables the database layer reads, validated here so that db/ depends on nothing
// above it; server/env.ts extends this schema with everything else and reports all problems together.
import { z } from "zod";

export const ZDatabaseEnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** Where the embedded PGlite database lives; `memory://` keeps it in memory (tests). */
  PGLITE_DATA_DIR: z.string().default(".data/pglite"),
  /**
   * Tests only: an in-memory PGlite starts from this dump (a tar of a migrated, seeded data directory,
   * made once per run by tests/setup/global-setup.ts) instead of an empty cluster. Start-up still runs
   * its migrations and seeds on it — they find everything in place.
   */
  PGLITE_SNAPSHOT: z.string().optional(),
  /**
   * Read replicas of DATABASE_URL (comma-separated postgres:// URLs): anonymous, read-only queries go
   * to them; writes, transactions and signed-in people's reads stay on the primary (decision 020).
   */
  DATABASE_REPLICA_URLS: z
    .string()
    .optional()
    .transform((value) => (value ?? "").split(",").map((url) => url.trim()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^postgres(ql)?:\/\//, "each must be a postgres:// or postgresql:// URL"))),
  /** PostgreSQL cancels any statement running longer than this (server database only). 0 = never. */
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(15_000),
  /**
   * How long a request waits for an unreachable server database to come back before answering 503.
   * Validated here; db/availability.ts reads it straight from the environment (the page proxy loads it).
   */
  DATABASE_RECONNECT_WAIT_MS: z.coerce.number().int().min(0).max(60_000).default(5_000),
});

export type DatabaseEnv = z.infer<typeof ZDatabaseEnvSchema>;

function parseDatabaseEnv(): DatabaseEnv {
  const parsed = ZDatabaseEnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment variables:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

export const databaseEnv = parseDatabaseEnv();

export const databaseKind: "postgres" | "pglite" = databaseEnv.DATABASE_URL ? "postgres" : "pglite";
