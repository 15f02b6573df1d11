// The production server as an operator runs it (`node .next/standalone/server.js`), started by the
// recovery tests on a port of their own against a database of their own.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const standalone = path.join(root, ".next", "standalone");

/** The static assets beside the standalone server, as the README's deploy steps say. */
function prepareStandalone() {
  if (!fs.existsSync(path.join(standalone, "server.js"))) {
    throw new Error("No production build: run `npm run build` first (.next/standalone/server.js is missing).");
  }
  fs.cpSync(path.join(root, ".next", "static"), path.join(standalone, ".next", "static"), { recursive: true });
  fs.cpSync(path.join(root, "db", "migrations"), path.join(standalone, "db", "migrations"), { recursive: true });
}

export interface AppServer {
  baseUrl: string;
  process: ChildProcess;
  /** Everything the server printed, for a failure report. */
  output: () => string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
}

export const TEST_AUTH_SECRET = "recovery-test-secret-0123456789abcdefghijklmnop";

export async function startApp(opts: { port: number; databaseUrl: string; env?: Record<string, string> }): Promise<AppServer> {
  prepareStandalone();
  const baseUrl = `http://127.0.0.1:${opts.port}`;
  const child = spawn(process.execPath, ["server.js"], {
    cwd: standalone,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(opts.port),
      HOSTNAME: "127.0.0.1",
      DATABASE_URL: opts.databaseUrl,
      AUTH_SECRET: TEST_AUTH_SECRET,
      AUTH_TRUST_HOST: "true",
      APP_URL: baseUrl,
      LOG_LEVEL: "warn",
      ...opts.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const server: AppServer = { baseUrl, process: child, output: () => output, exited };
  await waitUntilServing(server);
  return server;
}

/** Ready when a page that needs the database answers (migrations and reference data are in). */
async function waitUntilServing(server: AppServer, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  let ended = false;
  void server.exited.then(() => (ended = true));
  while (Date.now() < deadline && !ended) {
    try {
      const res = await fetch(`${server.baseUrl}/api/v1/countries?pageSize=1`);
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The app did not start serving:\n${server.output().slice(-3000)}`);
}

export async function stopApp(server: AppServer, signal: NodeJS.Signals = "SIGTERM") {
  if (server.process.exitCode !== null || server.process.signalCode !== null) return server.exited;
  server.process.kill(signal);
  return server.exited;
}
