import { NextResponse } from "next/server";
import { PUBLIC_ENDPOINTS } from "~/server/api/public/endpoints";
import { parseParams, respond } from "~/server/api/public/respond";
import { ensureDatabaseReady } from "~/server/bootstrap";
import { getMeasure, publicMeasure } from "~/server/services/measures/get-measure";

const endpoint = PUBLIC_ENDPOINTS.measure;

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const input = parseParams(await params, endpoint.params, "measure");
  if (!input.ok) return input.response;
  return respond(endpoint, async () => {
    await ensureDatabaseReady();
    const found = await getMeasure({ ctx: { actor: null, requestId: crypto.randomUUID() }, input: input.data });
    // A merged measure's slug is permanently the survivor's.
    if (found.slug !== input.data.slug) {
      return NextResponse.redirect(new URL(`/api/v1/measures/${found.slug}`, request.url), 308);
    }
    return publicMeasure(found);
  });
}
