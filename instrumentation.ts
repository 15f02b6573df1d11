// Next.js calls register() once per server process before serving requests.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    await stopOnBadConfiguration();
    // First, so that no request is served without the socket's address (rate limits, audit).
    const { installPeerAddressHook } = await import("./server/auth/peer-address");
    installPeerAddressHook();
    const { ensureDatabaseReady } = await import("./server/bootstrap");
    await ensureDatabaseReady();
    // Reminders and email digests on a timer in this process, unless a scheduler runs `npm run jobs`.
    const { env } = await import("./server/env");
    if (env.JOBS_IN_PROCESS !== "false") {
      const { startJobTimer } = await import("./server/services/notifications/run-jobs");
      startJobTimer();
    }
  }
}

/** Invalid or missing configuration stops the process with one clear line (exit code 1). */
async function stopOnBadConfiguration() {
  let problems: string[];
  try {
    const { productionConfigProblems } = await import("./server/env");
    problems = productionConfigProblems();
  } catch (err) {
    problems = [err instanceof Error ? err.message : String(err)];
  }
  if (problems.length === 0) return;
  console.error(`R2P Tracker cannot start: ${problems.join(" ")}`);
  process.exit(1);
}
