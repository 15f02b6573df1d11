import { parseParams, respond } from "~/server/api/public/respond";
import { ensureDatabaseReady } from "~/server/bootstrap";
import { currentLocator } from "~/server/services/documents/current-locator";
import { ZDocumentUnitInputSchema } from "~/server/services/documents/document-schemas";
import { getUnit } from "~/server/services/documents/get-unit";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string; locator: string }> }) {
  const input = parseParams(await params, ZDocumentUnitInputSchema, "unit");
  if (!input.ok) return input.response;
  return respond(async () => {
    await ensureDatabaseReady();
    // A paragraph retired by a re-import answers with a permanent redirect to its successor.
    const current = await currentLocator(input.data);
    if (current && current !== input.data.locator) {
      const target = `/api/v1/documents/${input.data.slug}/units/${encodeURIComponent(current)}`;
      return Response.redirect(new URL(target, request.url), 308);
    }
    return getUnit(input.data);
  });
}
