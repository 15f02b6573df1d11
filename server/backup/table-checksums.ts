// Every table's row count and a checksum of its contents, independent of row order, computed by the
// database itself so the same query serves PostgreSQL and PGlite.
import type { TTableSummaries } from "./manifest";

/** Runs one SQL statement and returns its rows (postgres.js `unsafe`, PGlite `query`). */
export type RunSql = (statement: string) => Promise<Record<string, unknown>[]>;

/** The app's tables and drizzle's migration journal: everything a restore must bring back. */
const SCHEMAS = ["public", "drizzle"];

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

export async function tableSummaries(run: RunSql): Promise<TTableSummaries> {
  const tables = await run(
    `select schemaname as schema, tablename as name from pg_tables where schemaname in (${SCHEMAS.map((s) => `'${s}'`).join(", ")}) order by 1, 2`,
  );
  const summaries: TTableSummaries = {};
  for (const t of tables) {
    const qualified = `${quote(String(t.schema))}.${quote(String(t.name))}`;
    // md5 of each row's text form, sorted, then md5 of them all: order-free, and exact to the value.
    const [row] = await run(
      `select count(*)::int as rows, coalesce(md5(string_agg(h, '' order by h)), '') as checksum from (select md5(t::text) as h from ${qualified} t) rows`,
    );
    summaries[`${t.schema}.${t.name}`] = { rows: Number(row!.rows), checksum: String(row!.checksum) };
  }
  return summaries;
}
