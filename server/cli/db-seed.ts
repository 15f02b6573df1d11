// npm run db:seed [-- --no-sample] — migrate, upsert reference data, the documents and the measures, and (unless --no-sample, and
// never in production) create the labelled sample accounts, printing their passwords once.
import { parseArgs } from "node:util";
import { dbHandle } from "~/db/client";
import { seedDocuments } from "~/server/seed/seed-documents";
import { seedMeasures } from "~/server/seed/seed-measures";
import { seedReference } from "~/server/seed/seed-reference";
import { seedSample } from "~/server/seed/seed-sample";
import { recomputeAll } from "~/server/services/progress/recompute-progress";

const { values } = parseArgs({ options: { "no-sample": { type: "boolean", default: false } } });
const handle = dbHandle();
await handle.migrate();
await seedReference(handle.db);
console.log(`reference data seeded (${handle.kind})`);
const documents = await seedDocuments(handle.db);
console.log(`documents: ${Object.entries(documents).map(([slug, status]) => `${slug} ${status}`).join(", ")}`);
const measures = await seedMeasures(handle.db);
console.log(`measures: ${Object.entries(measures).map(([k, n]) => `${n} ${k}`).join(", ")}`);
await handle.db.transaction((tx) => recomputeAll(tx));
console.log("progress recomputed");
if (!values["no-sample"] && process.env.NODE_ENV !== "production") {
  const created = await seedSample(handle.db);
  for (const c of created) console.log(`sample ${c.role}: ${c.email} ${c.password}`);
  if (created.length === 0) console.log("sample data skipped: the database already has users");
}
await handle.close();
