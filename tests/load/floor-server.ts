// The HTTP floor: a plain Node server that answers each benchmarked path with the bytes the app sent
// for it, from memory, so the app's figures can be read beside what this machine's HTTP stack costs.
//   npx tsx tests/load/floor-server.ts --from http://127.0.0.1:3420 --port 3429 /api/v1/countries /en
// Only ever reads from and listens on loopback.
import http from "node:http";
import { parseArgs } from "node:util";

export interface FloorPage {
  status: number;
  contentType: string;
  body: Buffer;
}

/** Fetches each path once from the app (uncompressed, as the load generator asks for it). */
export async function snapshot(from: string, paths: string[]): Promise<Map<string, FloorPage>> {
  const origin = new URL(from);
  if (!["127.0.0.1", "localhost", "[::1]"].includes(origin.hostname)) throw new Error("loopback only");
  const pages = new Map<string, FloorPage>();
  for (const p of paths) {
    const res = await fetch(new URL(p, origin), { headers: { "accept-encoding": "identity" }, redirect: "manual" });
    pages.set(p, {
      status: res.status,
      contentType: res.headers.get("content-type") ?? "application/octet-stream",
      body: Buffer.from(await res.arrayBuffer()),
    });
  }
  return pages;
}

/** Serves the snapshot; any other path is a 404. Resolves once listening. */
export function serveFloor(pages: Map<string, FloorPage>, port: number): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const page = pages.get(req.url ?? "");
    if (!page) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(page.status, { "content-type": page.contentType, "content-length": page.body.length });
    res.end(page.body);
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { from: { type: "string", default: "http://127.0.0.1:3000" }, port: { type: "string", default: "3429" } },
  });
  const pages = await snapshot(values.from, positionals);
  await serveFloor(pages, Number(values.port));
  for (const [p, page] of pages) console.error(`[floor] ${p} ${page.status} ${page.body.length} B`);
  console.error(`[floor] listening on http://127.0.0.1:${values.port}`);
}
