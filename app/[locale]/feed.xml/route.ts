// Atom feed of everything newly published (issue 15).
import { feedResponse } from "~/server/api/public/feed-response";

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return feedResponse(request, await params);
}
