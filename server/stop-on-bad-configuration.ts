// Invalid or missing configuration stops the process with one clear line (exit code 1), before any
// request is served. Node-only: instrumentation.ts imports it inside its Node.js branch.
export async function stopOnBadConfiguration() {
  let problems: string[];
  try {
    const { productionConfigProblems } = await import("./env");
    problems = productionConfigProblems();
  } catch (err) {
    problems = [err instanceof Error ? err.message : String(err)];
  }
  if (problems.length === 0) return;
  console.error(`R2P Tracker cannot start: ${problems.join(" ")}`);
  process.exit(1);
}
