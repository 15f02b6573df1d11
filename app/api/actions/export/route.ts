// The action list's "download" links: CSV or JSON of what the signed-in person (or an anonymous
// visitor: public actions) may see, with the list's filters from the query string (actions.export).
import { NextResponse } from "next/server";
import { z } from "zod";
import { parseQuery, respond } from "~/server/api/public/respond";
import { requestApi } from "~/server/api/server-caller";
import { ZExportActionsInputSchema } from "~/server/services/advocacy/action-schemas";

export async function GET(request: Request) {
  const query = parseQuery(request.url, ZExportActionsInputSchema);
  if (!query.ok) return query.response;
  // respond() maps RATE_LIMITED to 429 and a cancelled query to 503; the answer is a file, never JSON.
  return respond({ response: z.never() }, async () => {
    const file = await (await requestApi(request)).actions.export(query.data);
    return new NextResponse(file.content, {
      headers: {
        "Content-Type": `${file.mime}; charset=utf-8`,
        "Content-Disposition": `attachment; filename="${file.filename}"`,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  });
}
