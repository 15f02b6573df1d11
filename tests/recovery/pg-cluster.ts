// A throwaway PostgreSQL 15 cluster for the recovery tests: its own data directory under a temp dir,
// its own port, started, restarted and removed by the test — never the machine's shared server.
import { execFile, execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";

export interface PgCluster {
  port: number;
  url: (database: string) => string;
  createDatabase: (name: string) => void;
  /** `pg_ctl restart -m fast`: every backend terminated, the server back when this resolves. */
  restart: () => Promise<void>;
  stop: () => void;
  /** `pg_ctl stop -m fast` and `start`, without blocking the load meanwhile. */
  stopFast: () => Promise<void>;
  start: () => Promise<void>;
  remove: () => void;
}

/** initdb refuses to run as root: run the server binaries as `postgres` then, as the machine's own cluster does. */
function serverUserCommand(command: string, args: string[]): [string, string[]] {
  return process.getuid?.() === 0 ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
}

function asServerUser(command: string, args: string[]) {
  const [file, argv] = serverUserCommand(command, args);
  return execFileSync(file, argv, { stdio: "pipe", encoding: "utf8" });
}

/** The same, without blocking this process's event loop (the load keeps running meanwhile). */
function asServerUserAsync(command: string, args: string[]) {
  const [file, argv] = serverUserCommand(command, args);
  return new Promise<void>((resolve, reject) =>
    execFile(file, argv, (error, _stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve())),
  );
}

export function startCluster(port: number): PgCluster {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "r2p-pg-"));
  const dataDir = path.join(root, "data");
  const socketDir = root;
  if (process.getuid?.() === 0) execFileSync("chown", ["postgres", root]);
  asServerUser(`${BIN}/initdb`, ["-D", dataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
  const serverOptions = `-p ${port} -c listen_addresses=127.0.0.1 -k ${socketDir} -c fsync=off`;
  const log = path.join(root, "server.log");
  const pgCtlArgs = (args: string[]) => ["-D", dataDir, "-l", log, "-w", "-t", "60", ...args];
  const pgCtl = (...args: string[]) => asServerUser(`${BIN}/pg_ctl`, pgCtlArgs(args));
  pgCtl("-o", serverOptions, "start");
  const url = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return {
    port,
    url,
    createDatabase: (name) =>
      void execFileSync(`${BIN}/psql`, ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", "-qc", `create database ${name}`]),
    restart: () => asServerUserAsync(`${BIN}/pg_ctl`, pgCtlArgs(["-m", "fast", "-o", serverOptions, "restart"])),
    stopFast: () => asServerUserAsync(`${BIN}/pg_ctl`, pgCtlArgs(["-m", "fast", "stop"])),
    start: () => asServerUserAsync(`${BIN}/pg_ctl`, pgCtlArgs(["-o", serverOptions, "start"])),
    stop: () => {
      try {
        pgCtl("-m", "immediate", "stop");
      } catch {
        // Already stopped.
      }
    },
    remove: () => fs.rmSync(root, { recursive: true, force: true }),
  };
}
