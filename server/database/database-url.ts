// DATABASE_URL's shape and reachability, checked once at start-up (issue 16): a typo in the host or a
// database that does not answer stops a production instance with one line, instead of serving 503s.
import postgres from "postgres";

/** The URL with its password replaced, safe to print in a log line or an error message. */
export function redactDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparseable URL)";
  }
}

/** What is wrong with the URL's shape, or null: it must name a host and a database. */
export function databaseUrlShapeProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "DATABASE_URL is not a URL (expected postgres://user:password@host:5432/database).";
  }
  if (!/^postgres(ql)?:$/.test(parsed.protocol)) {
    return "DATABASE_URL must start with postgres:// or postgresql://.";
  }
  if (!parsed.hostname) return `DATABASE_URL names no host: ${redactDatabaseUrl(url)}.`;
  if (parsed.pathname.replace(/^\//, "") === "") return `DATABASE_URL names no database: ${redactDatabaseUrl(url)}.`;
  return null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Connects and runs `select 1`, retrying for up to `waitMs` (a database starting beside the app, as in
 * compose, answers within seconds). Returns the last error's one-line description, or null when reachable.
 */
export async function databaseUnreachableProblem(url: string, waitMs = 5_000): Promise<string | null> {
  const deadline = Date.now() + waitMs;
  let lastError = "";
  for (;;) {
    const client = postgres(url, { max: 1, connect_timeout: Math.max(1, Math.ceil(waitMs / 1000)), onnotice: () => {} });
    try {
      await client`select 1`;
      return null;
    } catch (err) {
      lastError = err instanceof Error ? err.message : String(err);
    } finally {
      await client.end({ timeout: 1 }).catch(() => {});
    }
    if (Date.now() >= deadline) break;
    await sleep(500);
  }
  return `DATABASE_URL does not answer: ${redactDatabaseUrl(url)} (${lastError}).`;
}
