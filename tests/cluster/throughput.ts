// Requests per second through the balancer with 1, 2 and 3 instances behind it: closed-loop clients
// for a fixed time, on a public page (served from the shared cache) and a public API list (database).
import type { ClusterContext } from "./cluster-context";

const CONCURRENCY = 16;
const SECONDS = 6;

async function measure(url: string): Promise<{ rps: number; errors: number; p95: number; cache: string }> {
  const probe = await fetch(url).catch(() => null);
  await probe?.arrayBuffer();
  const cache = probe?.headers.get("x-nextjs-cache") ?? "-";
  const latencies: number[] = [];
  let errors = 0;
  const end = Date.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < end) {
        const t = performance.now();
        try {
          const res = await fetch(url);
          await res.arrayBuffer();
          if (res.ok) latencies.push(performance.now() - t);
          else errors++;
        } catch {
          errors++;
        }
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { rps: latencies.length / SECONDS, errors, p95: latencies[Math.floor(latencies.length * 0.95)] ?? 0, cache };
}

export async function throughput(ctx: ClusterContext) {
  const rows: string[] = [];
  const targets = { page: `/en/countries/${ctx.country}`, api: `/api/v1/records?country=${ctx.country}&pageSize=50` };
  for (let n = 1; n <= ctx.instances.length; n++) {
    await ctx.balancer.route(ctx.instances.slice(0, n).map((i) => i.upstream));
    const page = await measure(ctx.balancer.url + targets.page);
    const api = await measure(ctx.balancer.url + targets.api);
    rows.push(
      `${n} instance${n > 1 ? "s" : " "} | page ${page.rps.toFixed(0).padStart(5)} req/s (p95 ${page.p95.toFixed(0)} ms, ${page.errors} errors, cache ${page.cache}) | api ${api.rps.toFixed(0).padStart(5)} req/s (p95 ${api.p95.toFixed(0)} ms, ${api.errors} errors)`,
    );
  }
  await ctx.balancer.route(ctx.instances.map((i) => i.upstream));
  return [`throughput, ${CONCURRENCY} concurrent clients, ${SECONDS} s each; page ${targets.page}, api ${targets.api}:`, ...rows];
}
