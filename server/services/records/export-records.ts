// Export of any filtered list of records as CSV (the import columns, so a file can go round trip)
// or JSON (the API shape). Only what the person may see: the same where clause as the lists.
import { asc, desc } from "drizzle-orm";
import { z } from "zod";
import { db } from "~/db/client";
import { record } from "~/db/schema";
import { toCsv } from "~/server/csv/rfc4180";
import type { ClientServiceContext } from "~/server/services/context";
import { exportRowCap, limitExports } from "~/server/services/export-limits";
import { listWhere, ZListRecordsInputSchema } from "./list-records";
import { shapeRecords } from "./public-records";
import { csvColumns, recordToRow } from "./record-csv";
import { RECORD_TYPES } from "./record-schemas";

export const ZExportInputSchema = ZListRecordsInputSchema.omit({ page: true, pageSize: true }).extend({
  type: z.enum(RECORD_TYPES),
  format: z.enum(["csv", "json"]),
});

export async function exportRecords({ ctx, input: raw }: { ctx: ClientServiceContext; input: z.input<typeof ZExportInputSchema> }) {
  const input = ZExportInputSchema.parse(raw);
  const { viewer } = ctx;
  await limitExports(ctx);
  const cap = exportRowCap(viewer);
  const where = listWhere(viewer, { ...input, page: 1, pageSize: cap });
  const ids = await db
    .select({ id: record.id })
    .from(record)
    .where(where)
    .orderBy(desc(record.date), asc(record.id))
    .limit(cap);
  const items = await shapeRecords(
    ids.map((r) => r.id),
    viewer,
  );
  const stamp = new Date().toISOString().slice(0, 10);
  if (input.format === "json") {
    return { filename: `${input.type}-${stamp}.json`, mime: "application/json", content: JSON.stringify({ items }, null, 2) };
  }
  const rows = items.map((item) =>
    [item.id, item.reviewStatus, ...recordToRow(input.type, { ...item, countryIso3: item.country, date: item.date, notes: "" })],
  );
  const header = ["id", "review_status", ...csvColumns(input.type).map(([c]) => c)];
  return { filename: `${input.type}-${stamp}.csv`, mime: "text/csv", content: toCsv([header, ...rows]) };
}
