import { PUBLIC_ENDPOINTS } from "~/server/api/public/endpoints";
import { respondCached } from "~/server/api/public/cached-response";
import { parseParams } from "~/server/api/public/respond";
import { anonymousApi } from "~/server/api/public-caller";

const endpoint = PUBLIC_ENDPOINTS.document;

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const input = parseParams(await params, endpoint.params, "document");
  if (!input.ok) return input.response;
  // The reader's document (ids, links per unit) goes out in the public shape: the schema drops the rest.
  return respondCached(request, endpoint, input.data, async () => (await anonymousApi()).documents.get(input.data));
}
