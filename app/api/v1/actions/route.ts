import { parseQuery, respond } from "~/server/api/public/respond";
import { ensureDatabaseReady } from "~/server/bootstrap";
import { ZPublicActionsQuerySchema } from "~/server/services/advocacy/action-schemas";
import { listPublicActions } from "~/server/services/advocacy/public-actions";

/** Public advocacy actions only: organisation and coalition actions never reach the open API. */
export async function GET(request: Request) {
  const query = parseQuery(request.url, ZPublicActionsQuerySchema);
  if (!query.ok) return query.response;
  return respond(async () => {
    await ensureDatabaseReady();
    return listPublicActions(query.data);
  });
}
