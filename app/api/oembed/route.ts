// GET /api/oembed?url=…: the oEmbed answer for a country or measure page (issue 15), through
// openData.oembed. Only JSON: a request for XML gets 501, as the oEmbed spec says.
import { NextResponse } from "next/server";
import { anonymousApi } from "~/server/api/public-caller";
import { parseQuery, respond } from "~/server/api/public/respond";
import { ZOEmbedOutputSchema, ZOEmbedQuerySchema } from "~/server/services/open-data/oembed.types";

export async function GET(request: Request) {
  const query = parseQuery(request.url, ZOEmbedQuerySchema);
  if (!query.ok) return query.response;
  if (query.data.format === "xml") return NextResponse.json({ error: "NOT_IMPLEMENTED", message: "Only JSON is offered" }, { status: 501 });
  return respond({ response: ZOEmbedOutputSchema }, async () => (await anonymousApi()).openData.oembed(query.data));
}
