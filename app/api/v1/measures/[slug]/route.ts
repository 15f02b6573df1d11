import { NextResponse } from "next/server";
import { parseParams, respond } from "~/server/api/public/respond";
import { ensureDatabaseReady } from "~/server/bootstrap";
import { getMeasure, publicMeasure } from "~/server/services/measures/get-measure";
import { ZMeasureSlugInputSchema } from "~/server/services/measures/measure-schemas";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const input = parseParams(await params, ZMeasureSlugInputSchema, "measure");
  if (!input.ok) return input.response;
  await ensureDatabaseReady().catch(() => undefined);
  const found = await getMeasure({ actor: null, requestId: crypto.randomUUID() }, input.data).catch(() => null);
  // A merged measure's slug is permanently the survivor's.
  if (found && found.slug !== input.data.slug) {
    return NextResponse.redirect(new URL(`/api/v1/measures/${found.slug}`, request.url), 308);
  }
  return respond(async () => {
    await ensureDatabaseReady();
    return publicMeasure(found ?? (await getMeasure({ actor: null, requestId: crypto.randomUUID() }, input.data)));
  });
}
