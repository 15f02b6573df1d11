// npm run db:restore -- <archive> [--force] — restores a `db:backup` archive into DATABASE_URL (or the
// embedded database) and UPLOADS_DIR, then checks every table and file against the backup's manifest.
// Stop the app first. Without --force it only restores into an empty database and uploads directory.
import { parseArgs } from "node:util";
import { RestoreRefused, restoreBackup } from "~/server/backup/restore-backup";
import { env } from "~/server/env";

const { values, positionals } = parseArgs({ options: { force: { type: "boolean", default: false } }, allowPositionals: true });
const archive = positionals[0];

async function main() {
  if (!archive) throw new RestoreRefused("name the archive: npm run db:restore -- r2p-backup-….tar.gz [--force]");
  if (!env.DATABASE_URL && env.PGLITE_DATA_DIR === "memory://") throw new RestoreRefused("PGLITE_DATA_DIR=memory:// cannot be restored into");
  const target = env.DATABASE_URL
    ? ({ engine: "postgres", url: env.DATABASE_URL } as const)
    : ({ engine: "pglite", dataDir: env.PGLITE_DATA_DIR } as const);
  return restoreBackup({ archive, target, uploadsDir: env.UPLOADS_DIR, force: values.force });
}

try {
  const report = await main();
  for (const dir of report.movedAside) console.log(`kept the previous copy at ${dir}`);
  if (report.problems.length > 0) {
    console.error(`restore does NOT match the backup:\n- ${report.problems.join("\n- ")}`);
    process.exitCode = 1;
  } else {
    const rows = Object.values(report.manifest.tables).reduce((sum, t) => sum + t.rows, 0);
    console.log(
      `restored and verified: ${Object.keys(report.manifest.tables).length} tables, ${rows} rows, ${report.manifest.files.length} files, as backed up at ${report.manifest.createdAt}`,
    );
  }
} catch (err) {
  console.error(`restore failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
}
