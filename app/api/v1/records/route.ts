import { parseQuery, respond } from "~/server/api/public/respond";
import { ensureDatabaseReady } from "~/server/bootstrap";
import { listPublicRecords, ZPublicRecordsQuerySchema } from "~/server/services/records/public-records";

export async function GET(request: Request) {
  const query = parseQuery(request.url, ZPublicRecordsQuerySchema);
  if (!query.ok) return query.response;
  return respond(async () => {
    await ensureDatabaseReady();
    return listPublicRecords(query.data);
  });
}
