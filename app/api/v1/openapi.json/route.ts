import { NextResponse } from "next/server";
import { openApiDocument } from "~/server/api/public/openapi";
import { env } from "~/server/env";

// The document depends only on the code and APP_URL: generating it (zod → JSON Schema for every
// endpoint) costs milliseconds, so it is done once per process, on the first request.
let document: ReturnType<typeof openApiDocument> | undefined;

export function GET() {
  document ??= openApiDocument(env.APP_URL);
  return NextResponse.json(document, { headers: { "Cache-Control": "public, max-age=300" } });
}
