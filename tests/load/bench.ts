// npm run bench — the scale benchmark, end to end on this machine:
//   1. (re)create the database r2p_bench on 127.0.0.1:5432, migrate and seed it (--no-sample),
//   2. load the large fixture (skipped when the database already holds the same version/scale/seed),
//   3. build the app if there is no build, start `next start` on it,
//   4. measure the pages and API over loopback at C concurrent connections, and the same data as raw
//      SQL (tests/load/raw-queries.ts) at the same concurrency, side by side.
// Writes a markdown table to stdout and .bench/results.md. Run it at low priority:
//   nice -n 10 npm run bench -- --scale 0.05          # small, while developing
//   nice -n 10 npm run bench                          # full size (issue 7)
//   nice -n 10 npm run bench -- --scale 0 --database r2p_seed   # the seed alone (seed size)
// Flags: --scale 1 --seed N --force (recreate the database) --requests 500 --concurrency 16 --port 3205
//        --max-seconds 60 (per row: a row stops early, with fewer samples, when a page is very slow)
//        --approximate-progress (harness-only stand-in while recompute-progress is not on this branch)
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import postgres from "postgres";
import { serveFloor, snapshot } from "./floor-server";
import { currentFixture, fixtureLabel, generateFixture } from "./fixture/generate";
import { httpGetter, type LoadResult, runLoad } from "./load-runner";
import { rawQueries } from "./raw-queries";

const { values } = parseArgs({
  options: {
    scale: { type: "string", default: "1" },
    seed: { type: "string", default: "20261122" },
    force: { type: "boolean", default: false },
    requests: { type: "string", default: "500" },
    concurrency: { type: "string", default: "16" },
    warmup: { type: "string", default: "50" },
    "max-seconds": { type: "string", default: "60" },
    port: { type: "string", default: "3205" },
    database: { type: "string", default: "r2p_bench" },
    "approximate-progress": { type: "boolean", default: false },
  },
});

const root = path.resolve(import.meta.dirname, "../..");
const dbName = values.database;
if (!/^r2p_[a-z0-9_]+$/.test(dbName)) throw new Error("--database must look like r2p_<name>");
const serverUrl = "postgres://postgres@127.0.0.1:5432";
const databaseUrl = `${serverUrl}/${dbName}`;
const options = { scale: Number(values.scale), seed: Number(values.seed), approximateProgress: values["approximate-progress"] };
const concurrency = Number(values.concurrency);
const requests = Number(values.requests);
const port = Number(values.port);
const maxSeconds = Number(values["max-seconds"]);
const log = (s: string) => console.error(`[bench] ${s}`);

// 1–2. Database and fixture.
const admin = postgres(`${serverUrl}/postgres`, { max: 1, onnotice: () => {} });
const [exists] = await admin`select 1 from pg_database where datname = ${dbName}`;
let label: string | null = null;
if (exists && !values.force) {
  const probe = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  label = await currentFixture(probe);
  await probe.end();
}
if (label === fixtureLabel(options)) {
  log(`database ${dbName} already holds ${label}; reusing it (--force to recreate)`);
} else {
  log(`recreating ${dbName} (${label ? `had ${label}` : "no fixture"})`);
  await admin.unsafe(`drop database if exists "${dbName}" with (force)`);
  await admin.unsafe(`create database "${dbName}"`);
  const seeded = spawnSync("npx", ["tsx", "server/cli/db-seed.ts", "--no-sample"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (seeded.status !== 0) throw new Error("seeding failed");
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  // --scale 0: the seed alone (the issue's "seed size" half), labelled so that it is reused too.
  if (options.scale > 0) await generateFixture(sql, options, log);
  else {
    await sql.unsafe("vacuum (analyze)");
    await sql.unsafe(`comment on database "${dbName}" is '${fixtureLabel(options)}'`);
  }
  await sql.end();
}
await admin.end();

// 3. Build (once) and serve.
if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
  log("no build yet: next build");
  const built = spawnSync("npx", ["next", "build"], { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
  if (built.status !== 0) throw new Error("next build failed");
}
const base = `http://127.0.0.1:${port}`;
const server = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
  cwd: root,
  env: {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: randomBytes(33).toString("base64"),
    APP_URL: base,
    SEED_SAMPLE: "false",
    LOG_LEVEL: "warn",
  },
  stdio: ["ignore", "ignore", "inherit"],
  detached: true,
});
const stopServer = () => {
  try {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  } catch {
    /* already gone */
  }
};
process.on("exit", stopServer);
// A request that timed out is an error sample; a straggling socket error must not end the run.
process.on("uncaughtException", (err) => {
  if (/^(timeout|aborted) |socket hang up|ECONNRESET/.test(err.message)) return;
  stopServer();
  throw err;
});

const http = httpGetter(base, concurrency);
for (let i = 0; ; i++) {
  if (await http.ok("/api/v1/health").catch(() => false)) break;
  if (i > 120) throw new Error("next start did not answer /api/v1/health within 60 s");
  await new Promise((r) => setTimeout(r, 500));
}

// 4. Measure.
const sql = postgres(databaseUrl, { max: concurrency, onnotice: () => {} });
const [busy] = await sql<{ iso3: string }[]>`
  select country_iso3 as iso3 from record where review_status = 'published' and country_iso3 is not null
  group by 1 order by count(*) desc limit 1`;
const targets = { iso3: busy?.iso3 ?? "KEN", measureSlug: "appoint-national-r2p-focal-point", searchQuery: "early warning" };
const raw = rawQueries(sql, targets);
const cases: { name: string; path: string; raw?: () => Promise<unknown> }[] = [
  { name: "country profile", path: `/en/countries/${targets.iso3}`, raw: raw.countryProfile },
  // The seed has too few records for a second page.
  { name: "country records", path: `/en/countries/${targets.iso3}/records${options.scale > 0 ? "?cpage=2" : ""}`, raw: raw.countryRecords },
  { name: "countries table", path: "/en/countries", raw: raw.countriesTable },
  { name: "countries filtered", path: "/en/countries?group=weog&sort=score&dir=desc", raw: raw.countriesFiltered },
  { name: "measure page", path: `/en/measures/${targets.measureSlug}`, raw: raw.measurePage },
  { name: "search", path: `/en/search?q=${encodeURIComponent(targets.searchQuery)}`, raw: raw.search },
  { name: "API countries", path: "/api/v1/countries", raw: raw.apiCountries },
  { name: "API country", path: `/api/v1/countries/${targets.iso3}`, raw: raw.apiCountry },
  { name: "home (static)", path: "/en" },
  { name: "documents (static)", path: "/en/documents" },
  // The rows of issue 12's table.
  { name: "API countries, 200", path: "/api/v1/countries?pageSize=200" },
  { name: "API measures, 100", path: "/api/v1/measures?pageSize=100" },
  { name: "API search", path: `/api/v1/search?q=${encodeURIComponent("协调人")}` },
  { name: "country profile (zh)", path: `/zh/countries/${targets.iso3}` },
  { name: "country catalogue", path: `/en/countries/${targets.iso3}/catalogue` },
  { name: "measures list (dynamic)", path: "/en/measures" },
  { name: "document reader", path: "/zh/documents/a-72-884" },
];

// The HTTP floor: the same bytes from memory through a plain Node server, measured beside each row.
const floorPort = port + 1;
const floorPages = await snapshot(base, cases.map((c) => c.path));
const floor = await serveFloor(floorPages, floorPort);
const floorHttp = httpGetter(`http://127.0.0.1:${floorPort}`, concurrency);

const rows: { name: string; path: string; cache: string; kb: number; app: LoadResult; floor: LoadResult; sql?: LoadResult }[] = [];
for (const c of cases) {
  log(`${c.name}: ${c.path}`);
  const first = await http.get(c.path).catch(() => ({ status: 599, headers: {} as Record<string, string> }));
  await runLoad(c.path, () => http.ok(c.path), Number(values.warmup), concurrency, maxSeconds);
  const cache = String((await http.get(c.path)).headers["x-nextjs-cache"] ?? (first.status >= 400 ? `HTTP ${first.status}` : "–"));
  const app = await runLoad(c.path, () => http.ok(c.path), requests, concurrency, maxSeconds);
  await runLoad(c.path, () => floorHttp.ok(c.path), Number(values.warmup), concurrency, maxSeconds);
  const floorResult = await runLoad(c.path, () => floorHttp.ok(c.path), requests, concurrency, maxSeconds);
  let rawResult: LoadResult | undefined;
  if (c.raw) {
    const q = c.raw;
    const op = async () => (await q(), true);
    await runLoad(c.name, op, Number(values.warmup), concurrency, maxSeconds);
    rawResult = await runLoad(c.name, op, requests, concurrency, maxSeconds);
  }
  rows.push({ name: c.name, path: c.path, cache, kb: (floorPages.get(c.path)?.body.length ?? 0) / 1024, app, floor: floorResult, sql: rawResult });
}
http.close();
floorHttp.close();
floor.close();
await sql.end();
stopServer();

const f = (n: number) => n.toFixed(1);
const counts = await (async () => {
  const s = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const [r] = await s<{ actions: number; records: number; audit: number }[]>`
    select (select count(*)::int from advocacy_action) as actions, (select count(*)::int from record) as records,
           (select count(*)::int from audit_event) as audit`;
  await s.end();
  return r!;
})();
const lines = [
  `### ${new Date().toISOString().slice(0, 16)}Z — ${fixtureLabel(options)}`,
  "",
  `${counts.actions.toLocaleString("en")} advocacy actions, ${counts.records.toLocaleString("en")} records, ` +
    `${counts.audit.toLocaleString("en")} audit events; ${requests} requests per row after ${values.warmup} warm-up, ` +
    `concurrency ${concurrency}, \`next start\` on loopback; raw SQL = postgres.js pool of ${concurrency}.`,
  "",
  "| page | path | KB | x-nextjs-cache | requests (errors) | app p50 ms | app p95 ms | app req/s | floor p95 ms | floor req/s | SQL p50 ms | SQL p95 ms | SQL req/s | p95 app/SQL |",
  "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
  ...rows.map((r) =>
    [
      r.name,
      `\`${r.path}\``,
      r.kb.toFixed(0),
      r.cache,
      `${r.app.n} (${r.app.errors})`,
      f(r.app.p50),
      f(r.app.p95),
      r.app.rps.toFixed(0),
      f(r.floor.p95),
      r.floor.rps.toFixed(0),
      r.sql ? f(r.sql.p50) : "–",
      r.sql ? f(r.sql.p95) : "–",
      r.sql ? r.sql.rps.toFixed(0) : "–",
      r.sql ? `${(r.app.p95 / Math.max(0.1, r.sql.p95)).toFixed(1)}×` : "–",
    ].join(" | ").replace(/^/, "| ").concat(" |"),
  ),
  "",
];
const out = lines.join("\n");
console.log(out);
fs.mkdirSync(path.join(root, ".bench"), { recursive: true });
fs.writeFileSync(path.join(root, ".bench", "results.md"), out);
log("written to .bench/results.md");
process.exit(0);
