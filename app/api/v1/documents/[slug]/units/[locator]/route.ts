import { PUBLIC_ENDPOINTS } from "~/server/api/public/endpoints";
import { redirectTo, respondCached } from "~/server/api/public/cached-response";
import { parseParams } from "~/server/api/public/respond";
import { anonymousApi } from "~/server/api/public-caller";

const endpoint = PUBLIC_ENDPOINTS.unit;

export async function GET(request: Request, { params }: { params: Promise<{ slug: string; locator: string }> }) {
  const input = parseParams(await params, endpoint.params, "unit");
  if (!input.ok) return input.response;
  return respondCached(request, endpoint, input.data, async () => {
    const api = await anonymousApi();
    // A paragraph retired by a re-import answers with a permanent redirect to its successor.
    const current = await api.documents.currentLocator(input.data);
    if (current && current !== input.data.locator) {
      return redirectTo(`/api/v1/documents/${input.data.slug}/units/${encodeURIComponent(current)}`);
    }
    return api.documents.unit(input.data);
  });
}
