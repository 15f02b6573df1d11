// npm run db:backup [-- --out <file>] — the database (pg_dump, or PGlite's own dump for the embedded
// default) and the uploads directory in one archive, with a manifest of every table's rows and
// checksum and every file's hash. With the embedded database, stop the app first.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { createBackup } from "~/server/backup/create-backup";
import { env } from "~/server/env";

const { values } = parseArgs({ options: { out: { type: "string" } } });
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const outFile = values.out ?? `r2p-backup-${stamp}.tar.gz`;

async function main() {
  if (env.DATABASE_URL) {
    return createBackup({ source: { engine: "postgres", url: env.DATABASE_URL }, uploadsDir: env.UPLOADS_DIR, outFile });
  }
  const dataDir = env.PGLITE_DATA_DIR;
  if (dataDir === "memory://" || !fs.existsSync(dataDir)) throw new Error(`no embedded database at ${dataDir}: nothing to back up`);
  const pg = await PGlite.create(dataDir);
  try {
    return await createBackup({ source: { engine: "pglite", pg }, uploadsDir: env.UPLOADS_DIR, outFile });
  } finally {
    await pg.close();
  }
}

try {
  const manifest = await main();
  const rows = Object.values(manifest.tables).reduce((sum, t) => sum + t.rows, 0);
  const bytes = fs.statSync(outFile).size;
  console.log(
    `backup written: ${path.resolve(outFile)} (${(bytes / 1e6).toFixed(1)} MB; ${manifest.engine}, ${Object.keys(manifest.tables).length} tables, ${rows} rows, ${manifest.files.length} uploaded files)`,
  );
} catch (err) {
  console.error(`backup failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
}
