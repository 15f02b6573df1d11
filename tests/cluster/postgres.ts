// A PostgreSQL 15 primary and its streaming replica of their own (initdb + pg_basebackup), so the
// test never changes the machine's cluster. Removed again by stop().
import fs from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { asPostgres, run, waitFor } from "./process-tools";

const BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";

export interface PgPair {
  primaryUrl: string;
  replicaUrl: string;
  stop(): Promise<void>;
}

async function startServer(dataDir: string, port: number, logFile: string) {
  await asPostgres(path.join(BIN, "pg_ctl"), ["-D", dataDir, "-l", logFile, "-o", `-p ${port} -k ${dataDir} -c listen_addresses=127.0.0.1`, "-w", "start"]).catch(
    (error: Error) => {
      const serverLog = fs.existsSync(logFile) ? fs.readFileSync(logFile, "utf8").slice(-2000) : "";
      throw new Error(`${error.message}\n${serverLog}`);
    },
  );
}

export async function startPrimaryAndReplica(root: string, primaryPort: number, replicaPort: number): Promise<PgPair> {
  fs.mkdirSync(root, { recursive: true });
  if (process.getuid?.() === 0) await run("chown", ["postgres:postgres", root]);
  const primaryDir = path.join(root, "primary");
  const replicaDir = path.join(root, "replica");
  await asPostgres(path.join(BIN, "initdb"), ["-D", primaryDir, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"]);
  // wal_level=replica and max_wal_senders are PostgreSQL 15 defaults; initdb's pg_hba.conf already
  // allows replication from 127.0.0.1 with trust. fsync off: a test cluster, thrown away after.
  fs.appendFileSync(path.join(primaryDir, "postgresql.conf"), "\nwal_level = replica\nmax_wal_senders = 5\nfsync = off\nmax_connections = 200\n");
  await startServer(primaryDir, primaryPort, path.join(root, "primary.log"));
  await asPostgres(path.join(BIN, "createdb"), ["-h", "127.0.0.1", "-p", String(primaryPort), "-U", "postgres", "r2p"]);
  // A fast checkpoint: the default spread one made every run wait ~90 s for the base backup.
  await asPostgres(path.join(BIN, "pg_basebackup"), ["-h", "127.0.0.1", "-p", String(primaryPort), "-U", "postgres", "-D", replicaDir, "-R", "-X", "stream", "--no-sync", "--checkpoint=fast"]);
  await startServer(replicaDir, replicaPort, path.join(root, "replica.log"));

  const primaryUrl = `postgres://postgres@127.0.0.1:${primaryPort}/r2p`;
  const replicaUrl = `postgres://postgres@127.0.0.1:${replicaPort}/r2p`;
  const replica = postgres(replicaUrl, { max: 1, onnotice: () => {} });
  await waitFor("the replica to stream from the primary", async () => {
    const [row] = await replica<{ recovering: boolean; streaming: boolean }[]>`
      select pg_is_in_recovery() as recovering,
             exists (select 1 from pg_stat_wal_receiver where status = 'streaming') as streaming`;
    return row?.recovering && row.streaming;
  });
  await replica.end();

  return {
    primaryUrl,
    replicaUrl,
    async stop() {
      for (const dir of [replicaDir, primaryDir]) {
        await asPostgres(path.join(BIN, "pg_ctl"), ["-D", dir, "-m", "immediate", "stop"]).catch(() => undefined);
      }
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}
