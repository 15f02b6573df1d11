// The server database's half of a backup: pg_dump in the same snapshot as the table checksums (so
// writes during the backup cannot make the two disagree), and pg_restore into an empty database.
import path from "node:path";
import postgres from "postgres";
import { pgTool, runTool } from "./run-tool";
import type { TTableSummaries } from "./manifest";
import { tableSummaries } from "./table-checksums";

export const POSTGRES_DUMP_FILE = "database.dump";

const open = (url: string) => postgres(url, { max: 1, onnotice: () => {} });

export async function dumpPostgres(url: string, stagingDir: string): Promise<TTableSummaries> {
  const sql = open(url);
  try {
    return await sql.begin("isolation level repeatable read read only", async (tx) => {
      const [row] = await tx<{ snapshot: string }[]>`select pg_export_snapshot() as snapshot`;
      const tables = await tableSummaries((statement) => tx.unsafe(statement));
      await runTool(pgTool("pg_dump"), [
        "--format=custom",
        "--no-owner",
        "--no-privileges",
        `--snapshot=${row!.snapshot}`,
        `--file=${path.join(stagingDir, POSTGRES_DUMP_FILE)}`,
        `--dbname=${url}`,
      ]);
      return tables;
    });
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** How many of the app's tables the database already has (a restore wants none). */
export async function postgresTableCount(url: string): Promise<number> {
  const sql = open(url);
  try {
    const [row] = await sql<{ n: number }[]>`select count(*)::int as n from pg_tables where schemaname in ('public', 'drizzle')`;
    return row!.n;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** Restores the dump; with `replace`, the app's schemas are dropped first (the caller asked for --force). */
export async function restorePostgres(url: string, dumpFile: string, replace: boolean): Promise<TTableSummaries> {
  const sql = open(url);
  try {
    if (replace) await sql.unsafe("drop schema if exists drizzle cascade; drop schema if exists public cascade; create schema public;");
    // One transaction: a restore that fails half-way leaves the database as it was.
    await runTool(pgTool("pg_restore"), ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", `--dbname=${url}`, dumpFile]);
    return await tableSummaries((statement) => sql.unsafe(statement));
  } finally {
    await sql.end({ timeout: 5 });
  }
}
