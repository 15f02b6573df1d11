// The action list's "download" links: CSV or JSON of what the signed-in person (or an anonymous
// visitor: public actions) may see, with the list's filters from the query string.
import { NextResponse } from "next/server";
import { z } from "zod";
import { clientIp } from "~/server/auth/client-ip";
import { activeActor } from "~/server/auth/session";
import { ensureDatabaseReady } from "~/server/bootstrap";
import { parseQuery, respond } from "~/server/api/public/respond";
import { ZExportActionsInputSchema } from "~/server/services/advocacy/action-schemas";
import { exportActions } from "~/server/services/advocacy/export-actions";

export async function GET(request: Request) {
  const query = parseQuery(request.url, ZExportActionsInputSchema);
  if (!query.ok) return query.response;
  await ensureDatabaseReady();
  // respond() maps RATE_LIMITED to 429 and a cancelled query to 503; the answer is a file, never JSON.
  return respond({ response: z.never() }, async () => {
    const ctx = { actor: await activeActor(), requestId: crypto.randomUUID(), ip: clientIp(request.headers) };
    const file = await exportActions({ ctx, input: query.data });
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
