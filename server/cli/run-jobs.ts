// npm run jobs — task reminders, pending immediate emails, due daily digests and orphan uploads, once.
// For a cron or a scheduler when the app runs with JOBS_IN_PROCESS=false (each step is safe to run concurrently).
import { dbHandle } from "~/db/client";
import { runJobs } from "~/server/services/notifications/run-jobs";

const handle = dbHandle();
await handle.migrate();
const summary = await runJobs();
console.log(`jobs: ${summary.reminders} reminders, ${summary.immediate} immediate emails, ${summary.digests} digests, ${summary.orphanUploads} orphan uploads removed`);
await handle.close();
