import { PUBLIC_ENDPOINTS } from "~/server/api/public/endpoints";
import { parseQuery, respond } from "~/server/api/public/respond";
import { ensureDatabaseReady } from "~/server/bootstrap";
import { listPublicRecords } from "~/server/services/records/public-records";

const endpoint = PUBLIC_ENDPOINTS.records;

export async function GET(request: Request) {
  const query = parseQuery(request.url, endpoint.query);
  if (!query.ok) return query.response;
  return respond(endpoint, async () => {
    await ensureDatabaseReady();
    return listPublicRecords({ input: query.data });
  });
}
