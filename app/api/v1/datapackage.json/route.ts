import { PUBLIC_ENDPOINTS } from "~/server/api/public/endpoints";
import { respond } from "~/server/api/public/respond";
import { ensureDatabaseReady } from "~/server/bootstrap";
import { isNotModified, validatorHeaders } from "~/server/api/public/conditional";
import { currentDataVersion, getDataPackage } from "~/server/services/open-data/build-package";

const endpoint = PUBLIC_ENDPOINTS.datapackage;

export async function GET(request: Request) {
  return respond(endpoint, async () => {
    await ensureDatabaseReady();
    const version = await currentDataVersion();
    if (isNotModified(request.headers, version, "json")) return new Response(null, { status: 304, headers: validatorHeaders(version, "json") });
    const built = await getDataPackage();
    return Response.json(endpoint.response.parse(built.descriptor), { headers: validatorHeaders(built, "json") });
  });
}
