import { PUBLIC_ENDPOINTS } from "~/server/api/public/endpoints";
import { respond } from "~/server/api/public/respond";
import { anonymousApi } from "~/server/api/public-caller";

const endpoint = PUBLIC_ENDPOINTS.regionalOrganizations;

export async function GET(request: Request) {
  return respond(
    endpoint,
    async () => (await anonymousApi()).regionalOrganizations.list(),
    request,
  );
}
