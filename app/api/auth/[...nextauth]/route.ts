import { NextRequest } from "next/server";
import { readLimitedBody, SMALL_BODY_BYTES } from "~/server/api/request-body";
import { handlers } from "~/server/auth/config";

export const { GET } = handlers;

/** next-auth reads the whole form itself: hand it the body only once it is known to be small. */
export async function POST(request: NextRequest) {
  const body = await readLimitedBody(request, SMALL_BODY_BYTES);
  if (!body.ok) return body.response;
  return handlers.POST(
    new NextRequest(request.url, { method: "POST", headers: request.headers, body: body.bytes, signal: request.signal }),
  );
}
