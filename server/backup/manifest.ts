// What a backup archive holds and what it promises: every table's row count and checksum and every
// uploaded file's hash, taken in the same snapshot as the dump, so a restore can prove itself.
import { z } from "zod";

export const BACKUP_FORMAT = "r2p-tracker-backup";

const ZTableSummarySchema = z.object({ rows: z.number().int().min(0), checksum: z.string() });
const ZFileSummarySchema = z.object({ path: z.string(), size: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) });

export const ZBackupManifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  createdAt: z.string(),
  engine: z.enum(["postgres", "pglite"]),
  /** `database.dump` (pg_dump custom format) or `pglite.tar.gz` (PGlite's own dump of its data directory). */
  databaseFile: z.enum(["database.dump", "pglite.tar.gz"]),
  tables: z.record(z.string(), ZTableSummarySchema),
  files: z.array(ZFileSummarySchema),
});

export type TBackupManifest = z.infer<typeof ZBackupManifestSchema>;
export type TTableSummaries = TBackupManifest["tables"];
export type TFileSummary = TBackupManifest["files"][number];

/** What differs between what the manifest promises and what is there; empty when they agree. */
export function compareTables(expected: TTableSummaries, actual: TTableSummaries): string[] {
  const problems: string[] = [];
  for (const [table, want] of Object.entries(expected)) {
    const got = actual[table];
    if (!got) problems.push(`table ${table} is missing`);
    else if (got.rows !== want.rows) problems.push(`table ${table}: ${got.rows} rows, expected ${want.rows}`);
    else if (got.checksum !== want.checksum) problems.push(`table ${table}: contents differ (checksum)`);
  }
  for (const table of Object.keys(actual)) if (!(table in expected)) problems.push(`table ${table} is not in the backup`);
  return problems;
}

export function compareFiles(expected: TFileSummary[], actual: TFileSummary[]): string[] {
  const byPath = new Map(actual.map((f) => [f.path, f]));
  const problems: string[] = [];
  for (const want of expected) {
    const got = byPath.get(want.path);
    if (!got) problems.push(`file ${want.path} is missing`);
    else if (got.sha256 !== want.sha256 || got.size !== want.size) problems.push(`file ${want.path} differs`);
    byPath.delete(want.path);
  }
  for (const extra of byPath.keys()) problems.push(`file ${extra} is not in the backup`);
  return problems;
}
