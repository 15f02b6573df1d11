// npm run db:migrate — apply the committed migrations to DATABASE_URL (or the embedded database).
import { dbHandle } from "~/db/client";

const handle = dbHandle();
await handle.migrate();
console.log(`migrations applied (${handle.kind})`);
await handle.close();
