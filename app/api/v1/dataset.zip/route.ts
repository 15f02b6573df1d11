import { PUBLIC_ENDPOINTS } from "~/server/api/public/endpoints";
import { respond } from "~/server/api/public/respond";
import { ensureDatabaseReady } from "~/server/bootstrap";
import { isNotModified, validatorHeaders } from "~/server/api/public/conditional";
import { currentDataVersion, getDataPackage } from "~/server/services/open-data/build-package";

const endpoint = PUBLIC_ENDPOINTS.datasetZip;

export async function GET(request: Request) {
  return respond(endpoint, async () => {
    await ensureDatabaseReady();
    const version = await currentDataVersion();
    if (isNotModified(request.headers, version, "zip")) return new Response(null, { status: 304, headers: validatorHeaders(version, "zip") });
    const built = await getDataPackage();
    return new Response(built.zip as Uint8Array<ArrayBuffer>, {
      headers: {
        ...validatorHeaders(built, "zip"),
        "Content-Type": "application/zip",
        "Content-Disposition": `attachment; filename="r2p-tracker-dataset-${built.descriptor.version.slice(0, 10)}.zip"`,
      },
    });
  });
}
