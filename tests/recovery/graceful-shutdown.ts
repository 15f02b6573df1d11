// SIGTERM while a write is in flight (issue 16): the write completes and is acknowledged, new
// connections are refused meanwhile, and the process exits 0 once it is done. "In flight" is made
// certain, not timed: a lock taken here holds the write inside PostgreSQL until after the signal.
import http from "node:http";
import postgres from "postgres";
import type { AppServer } from "./app-server";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(what: string, probe: () => Promise<T | null>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** Whether the server answers a request on a new connection (no keep-alive agent). */
function answersOnNewConnection(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get(url, { agent: false, headers: { connection: "close" } }, (res) => {
      res.resume();
      res.on("end", () => resolve(true));
    });
    req.on("error", () => resolve(false));
  });
}

export async function shutdownWithWriteInFlight(app: AppServer, databaseUrl: string, cookie: string): Promise<string[]> {
  const failures: string[] = [];
  const sql = postgres(databaseUrl, { max: 2, onnotice: () => {} });
  try {
    const title = `Shutdown in flight ${Date.now()}`;
    let releaseLock!: () => void;
    const lockHeld = new Promise<void>((resolve) => (releaseLock = resolve));
    let locked!: () => void;
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    // Inserts into advocacy_action wait for this transaction (SHARE ROW EXCLUSIVE blocks ROW EXCLUSIVE).
    const blocker = sql.begin(async (tx) => {
      await tx`lock table advocacy_action in share row exclusive mode`;
      locked();
      await lockHeld;
    });
    await lockTaken;

    const input = { kind: "meeting", date: "2026-05-01", title, summary: "Written while the app shuts down.", outcome: "", outcomeKind: "acknowledged", visibility: "organization", countries: ["KEN"], targets: [], measures: [], units: [], attachments: [] };
    const write = fetch(`${app.baseUrl}/api/trpc/actions.create`, {
      method: "POST",
      headers: { cookie, "content-type": "application/json" },
      body: JSON.stringify({ json: input }),
    });
    // The write is inside PostgreSQL, waiting on our lock: that is "in flight".
    await until("the write to wait on the lock", async () => {
      const [row] = await sql`select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and query ilike 'insert into "advocacy_action"%'`;
      return row!.n > 0 ? true : null;
    });

    app.process.kill("SIGTERM");
    // The server stops taking connections while it finishes the write. Each probe opens a connection of
    // its own: fetch would reuse a kept-alive one, which a draining server still answers — the probe
    // itself then kept the server busy until the shutdown deadline (seen on a loaded machine).
    await until("new connections to be refused", async () => ((await answersOnNewConnection(`${app.baseUrl}/api/v1/health`)) ? null : true));
    if (app.process.exitCode !== null) failures.push("the app exited before its in-flight write was done");

    releaseLock();
    await blocker;
    const res = await write;
    const body = (await res.json()) as { result?: { data: { json: { id: string } } } };
    if (res.status !== 200) failures.push(`the in-flight write answered ${res.status}: ${JSON.stringify(body)}`);
    const id = body.result?.data.json.id;
    const [row] = id ? await sql`select title from advocacy_action where id = ${id}` : [];
    if (row?.title !== title) failures.push("the acknowledged in-flight write is not in the database");

    const code = await app.exited;
    if (code !== 0) failures.push(`the app exited with ${code}, not 0`);
    const [left] = await sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and application_name <> 'psql'`;
    console.log(`SIGTERM with a write in flight: answered ${res.status}, exit code ${code}, ${left!.n} other connections left open`);
  } finally {
    await sql.end({ timeout: 5 });
  }
  return failures;
}
