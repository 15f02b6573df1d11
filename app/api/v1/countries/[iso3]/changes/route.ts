import { eq } from "drizzle-orm";
import { db } from "~/db/client";
import { country } from "~/db/schema";
import { PUBLIC_ENDPOINTS } from "~/server/api/public/endpoints";
import { parseParams, parseQuery, respond } from "~/server/api/public/respond";
import { ensureDatabaseReady } from "~/server/bootstrap";
import { notFound } from "~/server/errors";
import { today } from "~/server/domain/dates";
import { countryStatusChanges } from "~/server/services/progress/status-changes";

const endpoint = PUBLIC_ENDPOINTS.countryChanges;

export async function GET(request: Request, { params }: { params: Promise<{ iso3: string }> }) {
  const input = parseParams(await params, endpoint.params, "country");
  if (!input.ok) return input.response;
  const query = parseQuery(request.url, endpoint.query);
  if (!query.ok) return query.response;
  return respond(endpoint, async () => {
    await ensureDatabaseReady();
    const { iso3 } = input.data;
    const [known] = await db.select({ iso3: country.iso3 }).from(country).where(eq(country.iso3, iso3));
    if (!known) throw notFound("country");
    const until = query.data.until ?? today();
    return { iso3, since: query.data.since, until, items: await countryStatusChanges(iso3, query.data.since, until) };
  }, request);
}
