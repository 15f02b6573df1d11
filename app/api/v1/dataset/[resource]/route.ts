import { PUBLIC_ENDPOINTS } from "~/server/api/public/endpoints";
import { parseParams, respond } from "~/server/api/public/respond";
import { ensureDatabaseReady } from "~/server/bootstrap";
import { notFound } from "~/server/errors";
import { isNotModified, validatorHeaders } from "~/server/api/public/conditional";
import { currentDataVersion, getDataPackage } from "~/server/services/open-data/build-package";

const endpoint = PUBLIC_ENDPOINTS.datasetResource;

export async function GET(request: Request, { params }: { params: Promise<{ resource: string }> }) {
  const input = parseParams(await params, endpoint.params, "resource");
  if (!input.ok) return input.response;
  const name = input.data.resource.replace(/\.csv$/, "");
  return respond(endpoint, async () => {
    await ensureDatabaseReady();
    const version = await currentDataVersion();
    if (isNotModified(request.headers, version, name)) return new Response(null, { status: 304, headers: validatorHeaders(version, name) });
    const built = await getDataPackage();
    const csv = built.csv.get(name);
    if (csv === undefined) throw notFound("resource");
    return new Response(csv, {
      headers: { ...validatorHeaders(built, name), "Content-Type": "text/csv; charset=utf-8; header=present" },
    });
  });
}
