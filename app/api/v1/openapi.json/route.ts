import { NextResponse } from "next/server";
import { openApiDocument } from "~/server/api/public/openapi";
import { env } from "~/server/env";

export function GET() {
  return NextResponse.json(openApiDocument(env.APP_URL));
}
