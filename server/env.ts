// The environment, validated once. Nothing is required for the embedded default.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { ZDatabaseEnvSchema } from "~/db/database-env";
import { parseTrustedProxies } from "./auth/trusted-proxies";

const ZEnvSchema = ZDatabaseEnvSchema.extend({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** Uploaded evidence files, stored by content hash; never served directly by a web server. */
  UPLOADS_DIR: z.string().default(".data/uploads"),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /** Public base URL, used in links inside emails. */
  APP_URL: z.string().url().default("http://localhost:3000"),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default("R2P Tracker <no-reply@localhost>"),
  /** Tests only: a full copy of every outgoing message (live links included) as JSON files here. */
  MAIL_DROP_DIR: z.string().optional(),
  /** Set to "false" to start the embedded default without the labelled sample organisation. */
  SEED_SAMPLE: z.enum(["true", "false"]).default("true"),
  /** "false" when an external scheduler runs `npm run jobs` instead of the app's own timer. */
  JOBS_IN_PROCESS: z.enum(["true", "false"]).default("true"),
  /** Upload quota per person in any 24 hours: number of files and megabytes (Issue 17). */
  UPLOAD_QUOTA_FILES_PER_DAY: z.coerce.number().int().positive().default(100),
  UPLOAD_QUOTA_MB_PER_DAY: z.coerce.number().int().positive().default(200),
  /** Uploads cited by nothing are removed by the jobs runner once this many hours old. */
  UPLOAD_ORPHAN_GRACE_HOURS: z.coerce.number().int().positive().default(24),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  /**
   * Who may report the client's address in X-Forwarded-For: unset → nobody (the socket's peer is the
   * client); a hop count ("1" behind one proxy); or addresses/CIDRs/`loopback`/`private`.
   */
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      const parsed = parseTrustedProxies(value);
      if ("error" in parsed) ctx.addIssue({ code: "custom", message: parsed.error });
    }),
});

export type Env = z.infer<typeof ZEnvSchema>;

function parseEnv(): Env {
  const parsed = ZEnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment variables:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

export const env = parseEnv();

export { databaseKind } from "~/db/database-env";

/**
 * What production cannot start without, checked once at start-up (instrumentation.ts) so that a
 * misconfigured instance stops with one clear line instead of serving 500s on every dynamic page.
 * Returns the problems; empty when the configuration can serve.
 */
export function productionConfigProblems(source: Env = env): string[] {
  if (source.NODE_ENV !== "production") return [];
  const problems: string[] = [];
  if (!source.AUTH_SECRET) problems.push("AUTH_SECRET must be set in production (e.g. `openssl rand -base64 33`).");
  return problems;
}

/**
 * next-auth needs a secret. Production must set AUTH_SECRET; the embedded default generates one on
 * first start and keeps it under .data/ so sessions survive restarts.
 */
export function authSecret(): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (env.NODE_ENV === "production" && process.env.NEXT_PHASE !== "phase-production-build") {
    throw new Error("AUTH_SECRET must be set in production (e.g. `openssl rand -base64 33`).");
  }
  const file = path.join(process.cwd(), ".data", "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    const secret = randomBytes(33).toString("base64");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}
