import { PUBLIC_ENDPOINTS } from "~/server/api/public/endpoints";
import { parseParams, respond } from "~/server/api/public/respond";
import { ensureDatabaseReady } from "~/server/bootstrap";
import { currentLocator } from "~/server/services/documents/current-locator";
import { getUnit } from "~/server/services/documents/get-unit";

const endpoint = PUBLIC_ENDPOINTS.unit;

export async function GET(request: Request, { params }: { params: Promise<{ slug: string; locator: string }> }) {
  const input = parseParams(await params, endpoint.params, "unit");
  if (!input.ok) return input.response;
  return respond(endpoint, async () => {
    await ensureDatabaseReady();
    // A paragraph retired by a re-import answers with a permanent redirect to its successor.
    const current = await currentLocator(input.data);
    if (current && current !== input.data.locator) {
      const target = `/api/v1/documents/${input.data.slug}/units/${encodeURIComponent(current)}`;
      return Response.redirect(new URL(target, request.url), 308);
    }
    return getUnit({ input: input.data });
  });
}
