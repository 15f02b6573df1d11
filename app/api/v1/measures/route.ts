import { PUBLIC_ENDPOINTS } from "~/server/api/public/endpoints";
import { parseQuery, respond } from "~/server/api/public/respond";
import { ensureDatabaseReady } from "~/server/bootstrap";
import { listMeasures, publicMeasureList } from "~/server/services/measures/list-measures";

const endpoint = PUBLIC_ENDPOINTS.measures;

export async function GET(request: Request) {
  const query = parseQuery(request.url, endpoint.query);
  if (!query.ok) return query.response;
  return respond(endpoint, async () => {
    await ensureDatabaseReady();
    return publicMeasureList(await listMeasures({ ctx: { actor: null, requestId: crypto.randomUUID() }, input: query.data }));
  });
}
