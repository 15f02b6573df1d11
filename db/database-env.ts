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
  /** PostgreSQL cancels any statement running longer than this (server database only). 0 = never. */
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(15_000),
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
