// Next.js calls register() once per server process before serving requests.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { ensureDatabaseReady } = await import("./server/bootstrap");
    await ensureDatabaseReady();
  }
}
