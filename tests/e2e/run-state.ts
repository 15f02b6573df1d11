// What the workers of one e2e run share: the session cookies of the fixed accounts and the last TOTP
// step each secret has spent. Workers are separate processes, so this lives in files (under .data/,
// one folder per port so that runs on other ports never meet); `sessions.setup.ts` starts it afresh.
import fs from "node:fs";
import path from "node:path";
import type { Cookie } from "@playwright/test";
import { E2E_PORT } from "./accounts";

const root = path.resolve(import.meta.dirname, "../../.data", `e2e-run-${E2E_PORT}`);
const file = (kind: "sessions" | "totp", key: string) =>
  path.join(root, kind, `${Buffer.from(key).toString("base64url")}.json`);

function read<T>(target: string): T | undefined {
  try {
    return JSON.parse(fs.readFileSync(target, "utf8")) as T;
  } catch {
    return undefined;
  }
}

function write(target: string, value: unknown) {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  // Write then rename: a worker reading at the same moment sees the old file or the new, never half.
  const temp = `${target}.${process.pid}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(value));
  fs.renameSync(temp, target);
}

export const runState = {
  /** Forget the previous run's sessions and spent codes (its database is gone). */
  reset: () => fs.rmSync(root, { recursive: true, force: true }),
  session: (email: string) => read<Cookie[]>(file("sessions", email)),
  saveSession: (email: string, cookies: Cookie[]) => write(file("sessions", email), cookies),
  lastSpentStep: (secret: string) => read<number>(file("totp", secret)),
  saveSpentStep: (secret: string, step: number) => write(file("totp", secret), step),
};
