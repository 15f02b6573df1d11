// Atom feed of what is newly published that advances one measure (issue 15).
import { feedResponse } from "~/server/api/public/feed-response";

export async function GET(request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  return feedResponse(request, await params);
}
