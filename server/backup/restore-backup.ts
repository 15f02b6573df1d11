// `npm run db:restore`: unpack an archive, check its manifest, restore the database and the uploads,
// then prove the result: every table's rows and checksum and every file's hash as the backup recorded.
// Refuses to overwrite anything unless asked (--force); the embedded database and the uploads
// directory are then moved aside, not deleted.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { MANIFEST_FILE, UPLOADS_FOLDER } from "./create-backup";
import { compareFiles, compareTables, type TBackupManifest, ZBackupManifestSchema } from "./manifest";
import { restorePglite } from "./pglite-engine";
import { postgresTableCount, restorePostgres } from "./postgres-engine";
import { runTool } from "./run-tool";
import { listFiles } from "./uploads-files";

export type RestoreTarget = { engine: "postgres"; url: string } | { engine: "pglite"; dataDir: string };

export class RestoreRefused extends Error {}

const isNonEmptyDir = (dir: string) => fs.existsSync(dir) && fs.readdirSync(dir).length > 0;

function moveAside(dir: string): string {
  const aside = `${dir.replace(/\/+$/, "")}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
  fs.renameSync(dir, aside);
  return aside;
}

export interface RestoreReport {
  manifest: TBackupManifest;
  movedAside: string[];
  problems: string[];
}

export async function restoreBackup(opts: { archive: string; target: RestoreTarget; uploadsDir: string; force: boolean }): Promise<RestoreReport> {
  if (!fs.existsSync(opts.archive)) throw new RestoreRefused(`no such file: ${opts.archive}`);
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), "r2p-restore-"));
  try {
    await runTool("tar", ["-xzf", opts.archive, "-C", staging, "--no-same-owner"]);
    const manifestPath = path.join(staging, MANIFEST_FILE);
    if (!fs.existsSync(manifestPath)) throw new RestoreRefused(`${opts.archive} is not an R2P Tracker backup (no ${MANIFEST_FILE})`);
    const parsed = ZBackupManifestSchema.safeParse(JSON.parse(fs.readFileSync(manifestPath, "utf8")));
    if (!parsed.success) throw new RestoreRefused(`${opts.archive} has an unreadable manifest: ${parsed.error.issues[0]?.message}`);
    const manifest = parsed.data;
    if (manifest.engine !== opts.target.engine) {
      throw new RestoreRefused(
        `this is a backup of the ${manifest.engine} database; restore it with ${manifest.engine === "postgres" ? "DATABASE_URL set" : "DATABASE_URL unset (the embedded database)"}`,
      );
    }
    // Nothing is touched until both targets are known to be free (or --force was given).
    const databaseInUse =
      opts.target.engine === "postgres" ? (await postgresTableCount(opts.target.url)) > 0 : isNonEmptyDir(opts.target.dataDir);
    const uploadsInUse = isNonEmptyDir(opts.uploadsDir);
    if (!opts.force && (databaseInUse || uploadsInUse)) {
      const what = [databaseInUse && "the database has data", uploadsInUse && `${opts.uploadsDir} has files`].filter(Boolean).join(" and ");
      throw new RestoreRefused(`${what}: restore into an empty database, or pass --force to replace them`);
    }

    const movedAside: string[] = [];
    const dump = path.join(staging, manifest.databaseFile);
    let tables;
    if (opts.target.engine === "postgres") {
      tables = await restorePostgres(opts.target.url, dump, databaseInUse);
    } else {
      if (fs.existsSync(opts.target.dataDir)) movedAside.push(moveAside(opts.target.dataDir));
      tables = await restorePglite(opts.target.dataDir, dump);
    }
    if (fs.existsSync(opts.uploadsDir)) {
      if (uploadsInUse) movedAside.push(moveAside(opts.uploadsDir));
      else fs.rmSync(opts.uploadsDir, { recursive: true });
    }
    fs.cpSync(path.join(staging, UPLOADS_FOLDER), opts.uploadsDir, { recursive: true });
    const problems = [...compareTables(manifest.tables, tables), ...compareFiles(manifest.files, await listFiles(opts.uploadsDir))];
    return { manifest, movedAside, problems };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
