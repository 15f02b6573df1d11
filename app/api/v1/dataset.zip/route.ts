import { PUBLIC_ENDPOINTS } from "~/server/api/public/endpoints";
import { datasetResponse } from "~/server/api/public/dataset-response";
import { respond } from "~/server/api/public/respond";

const endpoint = PUBLIC_ENDPOINTS.datasetZip;

export async function GET(request: Request) {
  return respond(endpoint, () => datasetResponse(request, { kind: "zip" }));
}
