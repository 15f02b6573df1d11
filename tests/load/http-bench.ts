// A bounded load generator for the app on loopback: for each path, N requests at C concurrent
// connections, reporting p50/p95/p99 latency and throughput. Only ever targets BASE_URL on this machine.
//   npx tsx tests/load/http-bench.ts --base http://127.0.0.1:3100 --requests 2000 --concurrency 16 /en /api/v1/health
import http from "node:http";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    base: { type: "string", default: "http://127.0.0.1:3000" },
    requests: { type: "string", default: "1000" },
    concurrency: { type: "string", default: "16" },
    warmup: { type: "string", default: "50" },
  },
});

const base = new URL(values.base);
if (!["127.0.0.1", "localhost", "[::1]"].includes(base.hostname)) {
  throw new Error("http-bench only targets this machine (127.0.0.1, localhost, [::1])");
}
const total = Number(values.requests);
const concurrency = Number(values.concurrency);
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });

function get(path: string): Promise<{ ms: number; status: number }> {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const req = http.get({ host: base.hostname, port: base.port, path, agent }, (res) => {
      res.resume();
      res.on("end", () => resolve({ ms: Number(process.hrtime.bigint() - started) / 1e6, status: res.statusCode ?? 0 }));
    });
    req.setTimeout(30_000, () => req.destroy(new Error(`timeout ${path}`)));
    req.on("error", reject);
  });
}

async function run(path: string, n: number) {
  const samples: number[] = [];
  let errors = 0;
  let next = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) {
        next++;
        const r = await get(path);
        if (r.status >= 400) errors++;
        samples.push(r.ms);
      }
    }),
  );
  const seconds = (Date.now() - started) / 1000;
  samples.sort((a, b) => a - b);
  const q = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))]!.toFixed(1);
  return { path, n: samples.length, errors, p50: q(0.5), p95: q(0.95), p99: q(0.99), rps: (samples.length / seconds).toFixed(0) };
}

const rows = [];
for (const path of positionals.length ? positionals : ["/api/v1/health"]) {
  await run(path, Number(values.warmup));
  rows.push(await run(path, total));
}
console.log(`| path | requests | errors | p50 ms | p95 ms | p99 ms | req/s |`);
console.log(`|---|---|---|---|---|---|---|`);
for (const r of rows) console.log(`| ${r.path} | ${r.n} | ${r.errors} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.rps} |`);
agent.destroy();
