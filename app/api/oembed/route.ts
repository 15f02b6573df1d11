// GET /api/oembed?url=…: the oEmbed answer for a country or measure page (issue 15). Only JSON:
// a request for XML gets 501, as the oEmbed spec says.
import { NextResponse } from "next/server";
import { parseQuery, respond } from "~/server/api/public/respond";
import { ensureDatabaseReady } from "~/server/bootstrap";
import { getOEmbed, ZOEmbedOutputSchema, ZOEmbedQuerySchema } from "~/server/services/open-data/oembed";

export async function GET(request: Request) {
  const query = parseQuery(request.url, ZOEmbedQuerySchema);
  if (!query.ok) return query.response;
  if (query.data.format === "xml") return NextResponse.json({ error: "NOT_IMPLEMENTED", message: "Only JSON is offered" }, { status: 501 });
  return respond({ response: ZOEmbedOutputSchema }, async () => {
    await ensureDatabaseReady();
    return getOEmbed({ input: query.data });
  });
}
