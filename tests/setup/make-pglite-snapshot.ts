// Migrates and seeds a PGlite database once, as start-up does, and writes it as a tar for every test
// file's in-memory database to start from (db/client.ts, PGLITE_SNAPSHOT). Each file then skips
// PGlite's own initdb and the migrations: about 6 s of a file's 7 on a 2-core machine.
//   npx tsx tests/setup/make-pglite-snapshot.ts <output.tar>
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";

const output = process.argv[2];
if (!output) throw new Error("usage: make-pglite-snapshot.ts <output.tar>");
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "r2p-pglite-snapshot-"));
process.env.PGLITE_DATA_DIR = dataDir;
delete process.env.PGLITE_SNAPSHOT;

try {
  const { ensureDatabaseReady } = await import("~/server/bootstrap");
  const { dbHandle } = await import("~/db/client");
  await ensureDatabaseReady();
  await dbHandle().close();
  const pg = await PGlite.create(dataDir);
  const dump = await pg.dumpDataDir("none");
  await pg.close();
  // Write then rename: a run that reads it never sees half a file.
  fs.writeFileSync(`${output}.tmp`, Buffer.from(await dump.arrayBuffer()));
  fs.renameSync(`${output}.tmp`, output);
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
// PGlite leaves handles open; this is a one-shot script.
process.exit(0);
