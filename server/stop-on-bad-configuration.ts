// Invalid or missing configuration stops the process with one clear line (exit code 1), before any
// request is served. Node-only: instrumentation.ts imports it inside its Node.js branch.

/** Every problem that keeps this configuration from serving; empty when it can start. */
export async function configurationProblems(): Promise<string[]> {
  const { env, productionConfigProblems } = await import("./env");
  const problems = productionConfigProblems();
  if (problems.length > 0 || env.NODE_ENV !== "production" || !env.DATABASE_URL) return problems;
  // Production on a server database: a URL that names no database, or one that does not answer, is
  // a deployment mistake worth stopping for; in development the first request reports it instead.
  const { databaseUnreachableProblem, databaseUrlShapeProblem } = await import("./database/database-url");
  const shape = databaseUrlShapeProblem(env.DATABASE_URL);
  if (shape) return [shape];
  const unreachable = await databaseUnreachableProblem(env.DATABASE_URL);
  return unreachable ? [unreachable] : [];
}

export async function stopOnBadConfiguration() {
  let problems: string[];
  try {
    problems = await configurationProblems();
  } catch (err) {
    problems = [err instanceof Error ? err.message : String(err)];
  }
  if (problems.length === 0) return;
  // One line, whatever the problems: a log collector shows it whole, and so does `docker logs | tail -1`.
  console.error(`R2P Tracker cannot start: ${problems.join(" ").replace(/\s*\n\s*/g, " ")}`);
  process.exit(1);
}
