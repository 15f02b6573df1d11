// Next.js calls register() once per server process before serving requests.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { stopOnBadConfiguration } = await import("./server/stop-on-bad-configuration");
    await stopOnBadConfiguration();
    // First, so that no request is served without the socket's address (rate limits, audit).
    const { installPeerAddressHook } = await import("./server/auth/peer-address");
    installPeerAddressHook();
    // SIGTERM: requests in flight finish, then the jobs and the database pool (server/shutdown.ts).
    const { installGracefulShutdown } = await import("./server/shutdown");
    installGracefulShutdown();
    const { ensureDatabaseReady } = await import("./server/bootstrap");
    await ensureDatabaseReady();
    // Reminders and email digests on a timer in this process, unless a scheduler runs `npm run jobs`.
    const { env } = await import("./server/env");
    if (env.JOBS_IN_PROCESS !== "false") {
      const { startJobTimer } = await import("./server/services/notifications/run-jobs");
      startJobTimer(env.JOBS_INTERVAL_SECONDS * 1000);
    }
  }
}

