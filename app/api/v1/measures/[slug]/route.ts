import { PUBLIC_ENDPOINTS } from "~/server/api/public/endpoints";
import { redirectTo, respondCached } from "~/server/api/public/cached-response";
import { parseParams } from "~/server/api/public/respond";
import { anonymousApi } from "~/server/api/public-caller";
import { publicMeasure } from "~/server/services/measures/measures.types";

const endpoint = PUBLIC_ENDPOINTS.measure;

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const input = parseParams(await params, endpoint.params, "measure");
  if (!input.ok) return input.response;
  return respondCached(request, endpoint, input.data, async () => {
    const found = await (await anonymousApi()).measures.get(input.data);
    // A merged measure's slug is permanently the survivor's.
    if (found.slug !== input.data.slug) return redirectTo(`/api/v1/measures/${found.slug}`);
    return publicMeasure(found);
  });
}
