import { PUBLIC_ENDPOINTS } from "~/server/api/public/endpoints";
import { datasetResponse } from "~/server/api/public/dataset-response";
import { parseParams, respond } from "~/server/api/public/respond";

const endpoint = PUBLIC_ENDPOINTS.datasetResource;

export async function GET(request: Request, { params }: { params: Promise<{ resource: string }> }) {
  const input = parseParams(await params, endpoint.params, "resource");
  if (!input.ok) return input.response;
  return respond(endpoint, () => datasetResponse(request, { kind: "resource", name: input.data.resource.replace(/\.csv$/, "") }));
}
