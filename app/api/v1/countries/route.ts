import { parseQuery, respond } from "~/server/api/public/respond";
import { ensureDatabaseReady } from "~/server/bootstrap";
import {
  listCountriesPage,
  ZListCountriesPageInputSchema,
} from "~/server/services/reference/list-countries-page";

export async function GET(request: Request) {
  const query = parseQuery(request.url, ZListCountriesPageInputSchema);
  if (!query.ok) return query.response;
  return respond(async () => {
    await ensureDatabaseReady();
    return listCountriesPage(query.data);
  });
}
