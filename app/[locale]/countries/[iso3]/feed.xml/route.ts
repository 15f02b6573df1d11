// Atom feed of what is newly published about one country (issue 15).
import { feedResponse } from "~/server/api/public/feed-response";

export async function GET(request: Request, { params }: { params: Promise<{ locale: string; iso3: string }> }) {
  return feedResponse(request, await params);
}
