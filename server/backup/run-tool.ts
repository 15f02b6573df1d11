// Runs a command-line tool (tar, pg_dump, pg_restore) and fails with its own words when it fails.
import { execFile } from "node:child_process";

export function runTool(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) =>
    execFile(command, args, { maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (!error) return resolve();
      const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? `${command} is not installed (PATH or PG_BIN)` : stderr.trim() || error.message;
      reject(new Error(`${command} failed: ${reason}`));
    }),
  );
}

/** pg_dump and pg_restore from PG_BIN when set (a version matching the server), else from PATH. */
export const pgTool = (name: "pg_dump" | "pg_restore") => (process.env.PG_BIN ? `${process.env.PG_BIN}/${name}` : name);
