// The measuring loop shared by http-bench.ts and bench.ts: N operations at C concurrent workers,
// reporting p50/p95/p99 latency and throughput. The operation is an HTTP GET or a raw SQL query.
import http from "node:http";

const REQUEST_TIMEOUT_MS = 20_000;

export interface LoadResult {
  label: string;
  n: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  rps: number;
}

/** `maxSeconds` stops issuing new operations after that long, so one very slow page cannot stall a run. */
export async function runLoad(
  label: string,
  op: () => Promise<boolean>,
  n: number,
  concurrency: number,
  maxSeconds = Infinity,
): Promise<LoadResult> {
  const samples: number[] = [];
  let errors = 0;
  let next = 0;
  const started = process.hrtime.bigint();
  // Never wait longer than the time cap plus one request timeout, whatever a worker is stuck on.
  const cap = Number.isFinite(maxSeconds) ? maxSeconds * 1000 + REQUEST_TIMEOUT_MS + 1000 : 2 ** 31 - 1;
  let capTimer: NodeJS.Timeout | undefined;
  await Promise.race([
    new Promise((resolve) => (capTimer = setTimeout(resolve, cap))),
    Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < n && Number(process.hrtime.bigint() - started) / 1e9 < maxSeconds) {
          next++;
          const t = process.hrtime.bigint();
          const ok = await op().catch(() => false);
          samples.push(Number(process.hrtime.bigint() - t) / 1e6);
          if (!ok) errors++;
        }
      }),
    ),
  ]);
  clearTimeout(capTimer);
  errors += next - samples.length; // still in flight at the cap
  next = n; // stop the stragglers from starting more
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  samples.sort((a, b) => a - b);
  const q = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))] ?? 0;
  return {
    label,
    n: samples.length,
    errors,
    p50: q(0.5),
    p95: q(0.95),
    p99: q(0.99),
    rps: samples.length / seconds,
  };
}

/** A keep-alive GET against this machine only; resolves true for a 2xx/3xx answer. */
/** `cookie`: sent with every request, e.g. a session for the signed-in views (`authjs.session-token=…`). */
export function httpGetter(baseUrl: string, concurrency: number, cookie?: string) {
  const base = new URL(baseUrl);
  if (!["127.0.0.1", "localhost", "[::1]"].includes(base.hostname)) {
    throw new Error("the load generator only targets this machine (127.0.0.1, localhost, [::1])");
  }
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const get = (path: string) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
      const req = http.get({ host: base.hostname, port: base.port, path, agent, headers: cookie ? { cookie } : {} }, (res) => {
        // A timeout after the headers arrived surfaces on the response, not the request.
        res.on("error", reject);
        res.on("aborted", () => reject(new Error(`aborted ${path}`)));
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
      });
      // A wall-clock limit: a page that streams slowly never trips the socket's idle timeout.
      const timer = setTimeout(() => {
        reject(new Error(`timeout ${path}`));
        req.destroy();
      }, REQUEST_TIMEOUT_MS);
      req.on("close", () => clearTimeout(timer));
      req.on("error", reject);
    });
  return { get, ok: async (path: string) => (await get(path)).status < 400, close: () => agent.destroy() };
}
