import { parseParams, respond } from "~/server/api/public/respond";
import { ensureDatabaseReady } from "~/server/bootstrap";
import { ZDocumentUnitInputSchema } from "~/server/services/documents/document-schemas";
import { getUnit } from "~/server/services/documents/get-unit";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; locator: string }> }) {
  const input = parseParams(await params, ZDocumentUnitInputSchema, "unit");
  if (!input.ok) return input.response;
  return respond(async () => {
    await ensureDatabaseReady();
    return getUnit(input.data);
  });
}
