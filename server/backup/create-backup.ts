// One archive (tar.gz) holding the database dump, the uploads directory and a manifest of what both
// contain: `npm run db:backup`. The manifest's checksums are taken in the dump's own snapshot.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { BACKUP_FORMAT, type TBackupManifest } from "./manifest";
import { dumpPglite, PGLITE_DUMP_FILE } from "./pglite-engine";
import { dumpPostgres, POSTGRES_DUMP_FILE } from "./postgres-engine";
import { runTool } from "./run-tool";
import { listFiles } from "./uploads-files";

export const MANIFEST_FILE = "manifest.json";
export const UPLOADS_FOLDER = "uploads";

export type BackupSource = { engine: "postgres"; url: string } | { engine: "pglite"; pg: PGlite };

export async function createBackup(opts: { source: BackupSource; uploadsDir: string; outFile: string }): Promise<TBackupManifest> {
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), "r2p-backup-"));
  try {
    const tables =
      opts.source.engine === "postgres" ? await dumpPostgres(opts.source.url, staging) : await dumpPglite(opts.source.pg, staging);
    // Uploads are stored by content hash and never changed in place, so a copy taken after the dump
    // holds every file the dump cites (and perhaps a few newer ones).
    const uploads = path.join(staging, UPLOADS_FOLDER);
    fs.mkdirSync(uploads);
    if (fs.existsSync(opts.uploadsDir)) fs.cpSync(opts.uploadsDir, uploads, { recursive: true });
    const manifest: TBackupManifest = {
      format: BACKUP_FORMAT,
      version: 1,
      createdAt: new Date().toISOString(),
      engine: opts.source.engine,
      databaseFile: opts.source.engine === "postgres" ? POSTGRES_DUMP_FILE : PGLITE_DUMP_FILE,
      tables,
      files: await listFiles(uploads),
    };
    fs.writeFileSync(path.join(staging, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    fs.mkdirSync(path.dirname(path.resolve(opts.outFile)), { recursive: true });
    // Written beside the target and renamed: a backup that failed half-way never looks complete.
    const partial = `${opts.outFile}.partial`;
    await runTool("tar", ["-czf", partial, "-C", staging, "."]);
    fs.renameSync(partial, opts.outFile);
    return manifest;
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
