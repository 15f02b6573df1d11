// Search latency: seeds the documents (in-memory PGlite, or the DATABASE_URL server) and times the
// search service over a fixed list of queries. Run: `npx tsx tests/load/search-bench.ts [runs]`.
// The figures go into BENCHMARKS.md.
export {};

process.env.PGLITE_DATA_DIR ??= "memory://";
process.env.SEED_SAMPLE ??= "false";
process.env.LOG_LEVEL ??= "warn";

const QUERIES = [
  "协调人",
  "罗马规约",
  "预警",
  "early warning",
  "保护责任",
  "灭绝种族",
  "区域和次区域安排",
  "focal point",
  "A/63/677",
  "国家人权机构",
  "罪",
  "普遍定期审议",
  "crimes against humanity",
  "安全理事会 第 1674 号决议",
  "预防",
  "民间社会",
];

const { dbHandle } = await import("~/db/client");
const { seedDocuments } = await import("~/server/seed/seed-documents");
const { searchUnits } = await import("~/server/services/documents/search-units");

const runs = Math.max(200, Number(process.argv[2] ?? 400));
const handle = dbHandle();
await handle.migrate();
await seedDocuments(handle.db);

// Warm-up: plans, caches and the WASM JIT, not part of the figures.
for (const q of QUERIES) await searchUnits({ q, page: 1, pageSize: 20 });

const times: number[] = [];
const perQuery = new Map<string, number[]>();
for (let i = 0; i < runs; i++) {
  const q = QUERIES[i % QUERIES.length]!;
  const started = performance.now();
  await searchUnits({ q, page: 1 + (i % 3 === 2 ? 1 : 0), pageSize: 20 });
  const ms = performance.now() - started;
  times.push(ms);
  perQuery.set(q, [...(perQuery.get(q) ?? []), ms]);
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};
const fmt = (n: number) => n.toFixed(1);
console.log(`engine: ${handle.kind}, runs: ${runs}, queries: ${QUERIES.length}`);
console.log(`all: p50 ${fmt(pct(times, 50))} ms, p95 ${fmt(pct(times, 95))} ms, max ${fmt(Math.max(...times))} ms`);
for (const [q, xs] of perQuery) console.log(`  ${q.padEnd(24)} p50 ${fmt(pct(xs, 50))} ms  p95 ${fmt(pct(xs, 95))} ms`);
await handle.close();
