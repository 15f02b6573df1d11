// Helpers shared by the public /api/v1 route handlers: query parsing and error responses.
import { TRPCError } from "@trpc/server";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { readingFromReplica } from "~/db/read-routing";
import { asAppError, databaseInputError, errorMapping } from "~/server/errors";
import type { PublicEndpoint } from "./endpoints";
import { logger } from "~/server/logger";
import { localizeZodError } from "~/server/validation/localize-zod-error";
import { findUnsafeText, unsafeTextError } from "~/server/validation/safe-text";
import { requestLanguage } from "./request-language";
import { badLanguageResponse, inLanguage, languageHeaders } from "./response-language";

/** Text PostgreSQL cannot hold (NUL, lone surrogates) is a 400 naming the parameter, for every endpoint. */
function refuseUnsafeText(params: Record<string, string>) {
  const unsafe = findUnsafeText(params);
  if (!unsafe) return null;
  return NextResponse.json(
    { error: "VALIDATION", fieldErrors: localizeZodError(unsafeTextError(unsafe), "en") },
    { status: 400 },
  );
}

/**
 * Parses the query string; a bad value is a 400 naming the parameter. `lang` is every endpoint's and is
 * read apart (request-language.ts), so the endpoints' own schemas never see it.
 */
export function parseQuery<T extends z.ZodType>(url: string, schema: T) {
  const { lang: _lang, ...params } = Object.fromEntries(new URL(url).searchParams);
  const unsafe = refuseUnsafeText(params);
  if (unsafe) return { ok: false as const, response: unsafe };
  const parsed = schema.safeParse(params);
  if (parsed.success) return { ok: true as const, data: parsed.data as z.infer<T> };
  return {
    ok: false as const,
    response: NextResponse.json(
      { error: "VALIDATION", fieldErrors: localizeZodError(parsed.error, "en") },
      { status: 400 },
    ),
  };
}

/** Path parameters that cannot name anything (a malformed slug) are simply not found: 404. */
export function parseParams<T extends z.ZodType>(params: Record<string, string>, schema: T, what: string) {
  const unsafe = refuseUnsafeText(params);
  if (unsafe) return { ok: false as const, response: unsafe };
  const parsed = schema.safeParse(params);
  if (parsed.success) return { ok: true as const, data: parsed.data as z.infer<T> };
  return {
    ok: false as const,
    response: NextResponse.json({ error: "NOT_FOUND", message: `${what} not found` }, { status: 404 }),
  };
}

/**
 * Runs a handler body (its reads on a read replica when there are any), mapping domain errors to their status and hiding unexpected ones. A body that
 * returns a Response (e.g. a redirect) is sent as it is; anything else is parsed through the endpoint's
 * public schema (unknown keys dropped: the allow-list) and sent as JSON.
 */
export async function respond(endpoint: Pick<PublicEndpoint, "response">, body: () => Promise<unknown>, request?: Request) {
  // With the request, the answer is in its language (decision 030); without, it carries every language.
  const language = request ? requestLanguage(request.url, request.headers) : null;
  if (language && !language.ok) return badLanguageResponse(language);
  try {
    // Anonymous and read-only: the reads may go to a replica (decision 020).
    const result = await readingFromReplica(body);
    if (result instanceof Response) return result;
    const parsed = endpoint.response.parse(result);
    return language ? NextResponse.json(inLanguage(parsed, language.locale), { headers: languageHeaders(language.locale) }) : NextResponse.json(parsed);
  } catch (err) {
    return errorResponse(err);
  }
}

/** A thrown error as the API's error body: domain errors with their status, anything else a bare 500. */
export function errorResponse(thrown: unknown): Response {
  // A procedure called through a caller throws a TRPCError around the domain error: answer the domain error.
  const err = thrown instanceof TRPCError && thrown.cause ? thrown.cause : thrown;
  const app = asAppError(err) ?? databaseInputError(err);
  if (app) {
    if (app !== err && app.details?.sqlState) logger.warn("api.database_refused_input", { sqlState: app.details.sqlState });
    const retryAfter = app.details?.retryAfterSeconds;
    return NextResponse.json(
      { error: app.code, message: app.message },
      {
        status: errorMapping[app.code].http,
        headers: typeof retryAfter === "number" ? { "Retry-After": String(retryAfter) } : undefined,
      },
    );
  }
  const requestId = crypto.randomUUID();
  logger.error("api.unexpected", { requestId, error: err });
  return NextResponse.json({ error: "INTERNAL", requestId }, { status: 500 });
}
