import { parseQuery, respond } from "~/server/api/public/respond";
import { ensureDatabaseReady } from "~/server/bootstrap";
import { listMeasures, publicMeasureList } from "~/server/services/measures/list-measures";
import { ZListMeasuresInputSchema } from "~/server/services/measures/measure-schemas";

// Anonymous callers never see deleted measures: `deleted` is dropped from the public query.
const ZPublicListSchema = ZListMeasuresInputSchema.omit({ deleted: true }).strict();

export async function GET(request: Request) {
  const query = parseQuery(request.url, ZPublicListSchema);
  if (!query.ok) return query.response;
  return respond(async () => {
    await ensureDatabaseReady();
    return publicMeasureList(await listMeasures({ actor: null, requestId: crypto.randomUUID() }, query.data));
  });
}
