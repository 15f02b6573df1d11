// The embedded database's half of a backup: PGlite's own dump of its data directory (a tar.gz), and
// a new data directory loaded from it. The app must be stopped: PGlite is one process's database.
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { TTableSummaries } from "./manifest";
import { tableSummaries } from "./table-checksums";

export const PGLITE_DUMP_FILE = "pglite.tar.gz";

const runOn = (pg: PGlite) => async (statement: string) => (await pg.query<Record<string, unknown>>(statement)).rows;

/** Checksums and dump from one open instance: nothing else writes to it between the two. */
export async function dumpPglite(pg: PGlite, stagingDir: string): Promise<TTableSummaries> {
  const tables = await tableSummaries(runOn(pg));
  const dump = await pg.dumpDataDir("gzip");
  fs.writeFileSync(path.join(stagingDir, PGLITE_DUMP_FILE), Buffer.from(await dump.arrayBuffer()));
  return tables;
}

/** Loads the dump into `dataDir`, which must not exist or be empty. */
export async function restorePglite(dataDir: string, dumpFile: string): Promise<TTableSummaries> {
  const dump = new Blob([fs.readFileSync(dumpFile)]);
  const pg = await PGlite.create(dataDir, { loadDataDir: dump });
  try {
    return await tableSummaries(runOn(pg));
  } finally {
    await pg.close();
  }
}
