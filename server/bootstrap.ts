// Start-up: apply migrations, upsert reference data, the vendored documents and the measures catalogue and, for the embedded dev default only,
// create the labelled sample accounts. Runs once per process.
import { dbHandle } from "~/db/client";
import { seedDocuments } from "~/server/seed/seed-documents";
import { seedMeasures } from "~/server/seed/seed-measures";
import { seedReference } from "~/server/seed/seed-reference";
import { seedSample } from "~/server/seed/seed-sample";
import { env } from "~/server/env";
import { logger } from "~/server/logger";
import { progressIsStale, recomputeAll } from "~/server/services/progress/recompute-progress";

const KEY = Symbol.for("r2p.bootstrap");
type GlobalWithBootstrap = typeof globalThis & { [KEY]?: Promise<void> };

export function ensureDatabaseReady(): Promise<void> {
  const g = globalThis as GlobalWithBootstrap;
  g[KEY] ??= bootstrap().catch((err: unknown) => {
    g[KEY] = undefined; // let the next request try again (e.g. the database was still starting)
    throw err;
  });
  return g[KEY];
}

async function bootstrap() {
  const started = Date.now();
  const handle = dbHandle();
  await handle.migrate();
  await seedReference(handle.db);
  await seedDocuments(handle.db);
  await seedMeasures(handle.db);
  // Derived progress follows the rules and catalogue this code ships with (decision 009). Rebuilding it
  // costs seconds at scale, so only when stale; `npm run db:seed` always rebuilds (after a rules change).
  await handle.db.transaction(async (tx) => {
    if (await progressIsStale(tx)) await recomputeAll(tx);
  });
  const wantsSample =
    handle.kind === "pglite" && env.NODE_ENV !== "production" && env.SEED_SAMPLE === "true";
  if (wantsSample) {
    const created = await seedSample(handle.db);
    if (created.length > 0) printOnce(created);
  }
  logger.info("db.ready", { kind: handle.kind, ms: Date.now() - started });
}

function printOnce(credentials: { role: string; email: string; password: string }[]) {
  const lines = credentials.map((c) => `  ${c.role.padEnd(12)} ${c.email.padEnd(32)} ${c.password}`);
  // Plain stdout on purpose: this is for the developer at the terminal, shown this one time only.
  console.log(
    [
      "",
      "Sample accounts (sample data; shown once — note them now):",
      ...lines,
      "Start with SEED_SAMPLE=false on a fresh .data/ to leave the sample data out.",
      "",
    ].join("\n"),
  );
}
