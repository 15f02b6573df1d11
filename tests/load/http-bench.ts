// A bounded load generator for the app on loopback: for each path, N requests at C concurrent
// connections, reporting p50/p95/p99 latency and throughput. Only ever targets BASE_URL on this machine.
//   npx tsx tests/load/http-bench.ts --base http://127.0.0.1:3100 --requests 2000 --concurrency 16 /en /api/v1/health
// Signed in: --cookie "authjs.session-token=…" (a session cookie, e.g. from the browser or minted with
// @auth/core/jwt's encode for a user of the load fixture, as BENCHMARKS.md shows).
import { parseArgs } from "node:util";
import { httpGetter, runLoad } from "./load-runner";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    base: { type: "string", default: "http://127.0.0.1:3000" },
    requests: { type: "string", default: "1000" },
    concurrency: { type: "string", default: "16" },
    warmup: { type: "string", default: "50" },
    cookie: { type: "string" },
  },
});

const concurrency = Number(values.concurrency);
const http = httpGetter(values.base, concurrency, values.cookie);
const rows = [];
for (const path of positionals.length ? positionals : ["/api/v1/health"]) {
  await runLoad(path, () => http.ok(path), Number(values.warmup), concurrency);
  rows.push(await runLoad(path, () => http.ok(path), Number(values.requests), concurrency));
}
console.log(`| path | requests | errors | p50 ms | p95 ms | p99 ms | req/s |`);
console.log(`|---|---|---|---|---|---|---|`);
for (const r of rows) {
  console.log(`| ${r.label} | ${r.n} | ${r.errors} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.rps.toFixed(0)} |`);
}
http.close();
