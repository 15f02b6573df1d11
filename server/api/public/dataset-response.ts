// The open-data package over HTTP (GET /api/v1/datapackage.json, /dataset.zip, /dataset/{name}.csv):
// the one reader of the built package for route handlers. Everything in it is published data, open to
// anyone, so there is no person to check; a binary zip and CSV files are not a procedure's answer. A
// client whose copy is current gets a 304 after a cheap version query, before any build.
import "server-only";
import { ensureDatabaseReady } from "~/server/bootstrap";
import { notFound } from "~/server/errors";
import { currentDataVersion, getDataPackage } from "~/server/services/open-data/build-package";
import { ZDataPackageSchema } from "~/server/services/open-data/open-data.types";
import { isNotModified, validatorHeaders } from "./conditional";

/** The descriptor, the whole zip, or one resource's CSV by name (without `.csv`). */
export type DatasetPart = { kind: "descriptor" } | { kind: "zip" } | { kind: "resource"; name: string };

const variantOf = (part: DatasetPart) => (part.kind === "descriptor" ? "json" : part.kind === "zip" ? "zip" : part.name);

/** Throws the domain's not-found for a resource the package does not hold (respond() answers 404). */
export async function datasetResponse(request: Request, part: DatasetPart): Promise<Response> {
  await ensureDatabaseReady();
  const variant = variantOf(part);
  const version = await currentDataVersion();
  if (isNotModified(request.headers, version, variant)) return new Response(null, { status: 304, headers: validatorHeaders(version, variant) });
  const built = await getDataPackage();
  const headers = validatorHeaders(built, variant);
  if (part.kind === "descriptor") return Response.json(ZDataPackageSchema.parse(built.descriptor), { headers });
  if (part.kind === "zip") {
    return new Response(built.zip as Uint8Array<ArrayBuffer>, {
      headers: {
        ...headers,
        "Content-Type": "application/zip",
        "Content-Disposition": `attachment; filename="r2p-tracker-dataset-${built.descriptor.version.slice(0, 10)}.zip"`,
      },
    });
  }
  const csv = built.csv.get(part.name);
  if (csv === undefined) throw notFound("resource");
  return new Response(csv, { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8; header=present" } });
}
