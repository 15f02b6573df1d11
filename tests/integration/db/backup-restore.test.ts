// Backups a user can trust (issue 16): an archive of the database and the uploads, restored into an
// empty database and directory, matches table for table (rows and checksum) and file for file — on
// PostgreSQL (pg_dump/pg_restore, taken from the live shared test database while other tests write)
// and on the embedded PGlite (its own dump), through the modules and through the npm scripts.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import * as schema from "~/db/schema";
import { seedReference } from "~/server/seed/seed-reference";
import { createBackup } from "~/server/backup/create-backup";
import { compareFiles, compareTables } from "~/server/backup/manifest";
import { RestoreRefused, restoreBackup } from "~/server/backup/restore-backup";
import type { Db } from "~/db/client";

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "r2p-backup-test-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** Synthetic uploads laid out as the app stores them (by content hash), plus an odd name. */
function makeUploads(dir: string) {
  fs.mkdirSync(path.join(dir, "ab"), { recursive: true });
  fs.writeFileSync(path.join(dir, "ab", "ab12cd"), "evidence one");
  fs.mkdirSync(path.join(dir, "ff"), { recursive: true });
  fs.writeFileSync(path.join(dir, "ff", "ff34"), Buffer.from([0, 1, 2, 255, 254]));
  fs.writeFileSync(path.join(dir, "ff", "证据 (2).pdf"), "%PDF-1.4 synthetic");
  return dir;
}

/** A fresh embedded database with the app's migrations and reference data, as a first start leaves it. */
async function embeddedDatabase(dataDir: string) {
  const pg = await PGlite.create(dataDir);
  const db = drizzle({ client: pg, schema, casing: "snake_case" });
  await migrate(db, { migrationsFolder: path.resolve("db/migrations") });
  await seedReference(db as unknown as Db);
  return pg;
}

describe("manifest comparison", () => {
  it("names every difference in tables and files", () => {
    const tables = { "public.a": { rows: 2, checksum: "x" }, "public.b": { rows: 1, checksum: "y" } };
    expect(compareTables(tables, tables)).toEqual([]);
    expect(compareTables(tables, { "public.a": { rows: 2, checksum: "z" }, "public.c": { rows: 0, checksum: "" } })).toEqual([
      "table public.a: contents differ (checksum)",
      "table public.b is missing",
      "table public.c is not in the backup",
    ]);
    const file = { path: "ab/1", size: 3, sha256: "0".repeat(64) };
    expect(compareFiles([file], [{ ...file, size: 4 }])).toEqual(["file ab/1 differs"]);
    expect(compareFiles([file], [])).toEqual(["file ab/1 is missing"]);
  });
});

describe("embedded database (PGlite) backup", () => {
  it("restores every table and file exactly, and refuses to overwrite without --force", { timeout: 400_000 }, async () => {
    const source = await embeddedDatabase(path.join(scratch, "pglite-source"));
    // The name is a localized-text map (jsonb since migration 0014): quotes and non-Latin text inside it must survive.
    await source.query(`insert into organization (slug, name) values ('backup-org', '{"en": "Backup ''quoted'' org ✓", "zh": "备份“组织”"}')`);
    const uploads = makeUploads(path.join(scratch, "pglite-uploads"));
    const archive = path.join(scratch, "pglite.tar.gz");
    const manifest = await createBackup({ source: { engine: "pglite", pg: source }, uploadsDir: uploads, outFile: archive });
    await source.close();
    expect(manifest.engine).toBe("pglite");
    expect(manifest.tables["public.country"]!.rows).toBeGreaterThan(190);
    expect(manifest.tables["drizzle.__drizzle_migrations"]!.rows).toBeGreaterThan(0);
    expect(manifest.files.map((f) => f.path)).toEqual(["ab/ab12cd", "ff/ff34", "ff/证据 (2).pdf"]);

    const target = { engine: "pglite" as const, dataDir: path.join(scratch, "pglite-restored") };
    const restoredUploads = path.join(scratch, "pglite-restored-uploads");
    const report = await restoreBackup({ archive, target, uploadsDir: restoredUploads, force: false });
    expect(report.problems).toEqual([]);
    expect(fs.readFileSync(path.join(restoredUploads, "ff", "证据 (2).pdf"), "utf8")).toBe("%PDF-1.4 synthetic");
    const restored = await PGlite.create(target.dataDir);
    const { rows } = await restored.query<{ name: Record<string, string> }>("select name from organization where slug = 'backup-org'");
    expect(rows).toEqual([{ name: { en: "Backup 'quoted' org ✓", zh: "备份“组织”" } }]);
    await restored.close();

    await expect(restoreBackup({ archive, target, uploadsDir: restoredUploads, force: false })).rejects.toThrow(RestoreRefused);
    const forced = await restoreBackup({ archive, target, uploadsDir: restoredUploads, force: true });
    expect(forced.problems).toEqual([]);
    expect(forced.movedAside).toHaveLength(2);
    for (const dir of forced.movedAside) expect(fs.existsSync(dir)).toBe(true);
  });

  it("round-trips through `npm run db:backup` and `npm run db:restore`", { timeout: 400_000 }, async () => {
    const dataDir = path.join(scratch, "cli-source");
    await (await embeddedDatabase(dataDir)).close();
    const uploads = makeUploads(path.join(scratch, "cli-uploads"));
    const archive = path.join(scratch, "cli.tar.gz");
    const run = (script: string, args: string[], extra: Record<string, string>) =>
      new Promise<string>((resolve, reject) => {
        const env = { ...process.env, ...extra };
        delete env.DATABASE_URL;
        execFile("npm", ["run", "--silent", script, "--", ...args], { env, timeout: 300_000 }, (error, stdout, stderr) =>
          error ? reject(new Error(`${script}: ${stderr || error.message}`)) : resolve(stdout),
        );
      });
    const backedUp = await run("db:backup", ["--out", archive], { PGLITE_DATA_DIR: dataDir, UPLOADS_DIR: uploads });
    expect(backedUp).toMatch(/^backup written: .*cli\.tar\.gz \(.* MB; pglite, \d+ tables, \d+ rows, 3 uploaded files\)/);
    const restored = await run("db:restore", [archive], { PGLITE_DATA_DIR: path.join(scratch, "cli-restored"), UPLOADS_DIR: path.join(scratch, "cli-restored-uploads") });
    expect(restored).toMatch(/^restored and verified: \d+ tables, \d+ rows, 3 files/);
  });
});

describe.runIf(process.env.DATABASE_URL)("server database (PostgreSQL) backup", () => {
  it("restores the live test database into an empty one, every table and file exactly", { timeout: 400_000 }, async () => {
    const url = process.env.DATABASE_URL!;
    const uploads = makeUploads(path.join(scratch, "pg-uploads"));
    const archive = path.join(scratch, "pg.tar.gz");
    // Other test files write to this database meanwhile: the manifest and the dump share one snapshot.
    const manifest = await createBackup({ source: { engine: "postgres", url }, uploadsDir: uploads, outFile: archive });
    expect(manifest.tables["public.measure"]!.rows).toBeGreaterThan(300);

    const name = `r2p_restore_check_${Date.now()}_${process.pid}`;
    const admin = postgres(url, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const targetUrl = Object.assign(new URL(url), { pathname: `/${name}` }).toString();
    try {
      const target = { engine: "postgres" as const, url: targetUrl };
      const restoredUploads = path.join(scratch, "pg-restored-uploads");
      const report = await restoreBackup({ archive, target, uploadsDir: restoredUploads, force: false });
      expect(report.problems).toEqual([]);
      expect(Object.keys(report.manifest.tables).length).toBeGreaterThan(20);
      // Not empty any more: a second restore needs --force, which replaces the schemas.
      await expect(restoreBackup({ archive, target, uploadsDir: restoredUploads, force: false })).rejects.toThrow(/the database has data/);
      expect((await restoreBackup({ archive, target, uploadsDir: restoredUploads, force: true })).problems).toEqual([]);
    } finally {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    }
  });
});
