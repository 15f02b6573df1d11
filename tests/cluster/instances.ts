// The app as an operator runs it: `node .next/standalone/server.js`, several times, one database,
// one Redis. Each instance is an ordinary child process we can kill.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { waitFor } from "./process-tools";

export const STANDALONE = path.resolve(import.meta.dirname, "../../.next/standalone");

/** `next build` leaves static assets and migrations outside the standalone folder: copy them in. */
export function prepareStandalone() {
  const root = path.resolve(import.meta.dirname, "../..");
  if (!fs.existsSync(path.join(STANDALONE, "server.js"))) throw new Error("no standalone build: run `npm run build` first");
  fs.cpSync(path.join(root, ".next/static"), path.join(STANDALONE, ".next/static"), { recursive: true });
  fs.cpSync(path.join(root, "db/migrations"), path.join(STANDALONE, "db/migrations"), { recursive: true });
  if (fs.existsSync(path.join(root, "public"))) fs.cpSync(path.join(root, "public"), path.join(STANDALONE, "public"), { recursive: true });
}

export class Instance {
  private child: ChildProcess | undefined;
  private log = "";

  constructor(
    readonly name: string,
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {}

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  get upstream() {
    return `127.0.0.1:${this.port}`;
  }

  async start() {
    this.log = "";
    this.child = spawn(process.execPath, ["server.js"], {
      cwd: STANDALONE,
      env: { ...process.env, ...this.env, PORT: String(this.port), HOSTNAME: "127.0.0.1", NODE_ENV: "production" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const keep = (chunk: Buffer) => (this.log = (this.log + chunk.toString()).slice(-20_000));
    this.child.stdout?.on("data", keep);
    this.child.stderr?.on("data", keep);
    await waitFor(`${this.name} to be healthy`, async () => (await fetch(`${this.url}/api/v1/health`)).ok, 120_000, 250).catch(
      (error: Error) => {
        throw new Error(`${error.message}\n--- ${this.name} log ---\n${this.log}`);
      },
    );
  }

  /** SIGKILL: the instance dies mid-request, as on a crash or a lost machine. */
  kill() {
    this.child?.kill("SIGKILL");
  }

  async stop() {
    if (!this.child || this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child!.once("exit", resolve));
    this.child.kill("SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (this.child.exitCode === null) this.child.kill("SIGKILL");
  }

  output() {
    return this.log;
  }
}
