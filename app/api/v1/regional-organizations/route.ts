import { PUBLIC_ENDPOINTS } from "~/server/api/public/endpoints";
import { respond } from "~/server/api/public/respond";
import { ensureDatabaseReady } from "~/server/bootstrap";
import { listRegionalOrganizations } from "~/server/services/regional-organizations/regional-organization-profile";

const endpoint = PUBLIC_ENDPOINTS.regionalOrganizations;

export async function GET(request: Request) {
  return respond(
    endpoint,
    async () => {
      await ensureDatabaseReady();
      return listRegionalOrganizations();
    },
    request,
  );
}
