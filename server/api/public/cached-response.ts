// The public API's answers are the same for every caller until public data changes, so each distinct
// request (endpoint + validated query) is computed once: the database reads, the allow-list parse and
// the JSON serialisation run on a miss only, and the stored body is sent as it is. Entries carry the
// public-data tag, which every mutation that changes what the public sees expires (server/cache), and
// a time limit as a backstop. The answer has an ETag, so a client that has it gets a bodyless 304.
// The answer's language (?lang=, Accept-Language; decision 030) is part of the key and of the ETag.
import "server-only";
import { createHash } from "node:crypto";
import { unstable_cache } from "next/cache";
import { readingFromReplica } from "~/db/read-routing";
import { PUBLIC_DATA_TAG } from "~/server/cache/tags";
import type { PublicEndpoint } from "./endpoints";
import { errorResponse } from "./respond";
import type { Locale } from "~/db/locales";
import { requestLanguage } from "./request-language";
import { badLanguageResponse, inLanguage, languageHeaders } from "./response-language";

/** Same window as the ISR pages (decision 010): a missed invalidation is never visible for long. */
const BACKSTOP_SECONDS = 300;
/** Clients and shared caches may keep an answer but must ask again (cheaply, with If-None-Match). */
const CACHE_CONTROL = "public, max-age=0, must-revalidate";

/** What a handler body returns instead of data when the answer is a permanent redirect. */
export interface RedirectTo {
  redirectTo: string;
}
export const redirectTo = (path: string): RedirectTo => ({ redirectTo: path });
const isRedirect = (v: unknown): v is RedirectTo => typeof v === "object" && v !== null && "redirectTo" in v;

type Stored = { kind: "json"; body: string; etag: string } | { kind: "redirect"; path: string };

async function compute(endpoint: Pick<PublicEndpoint, "response">, body: () => Promise<unknown>, locale: Locale): Promise<Stored> {
  // Anonymous and read-only: a miss reads from a replica when there are any (decision 020).
  const result = await readingFromReplica(body);
  if (isRedirect(result)) return { kind: "redirect", path: result.redirectTo };
  const json = JSON.stringify(inLanguage(endpoint.response.parse(result), locale));
  // The language is hashed in too: two languages with the same bytes are still two representations.
  return { kind: "json", body: json, etag: `W/"${createHash("sha1").update(`${locale}\n${json}`).digest("base64url")}"` };
}

/** Outside a Next server (vitest, scripts) there is no cache store: compute every time. */
async function fromCache(key: string, load: () => Promise<Stored>): Promise<Stored> {
  try {
    return await unstable_cache(load, ["api-v1", key], { tags: [PUBLIC_DATA_TAG], revalidate: BACKSTOP_SECONDS })();
  } catch (err) {
    if (err instanceof Error && /incrementalCache missing/.test(err.message)) return load();
    throw err;
  }
}

/**
 * Answers a public read from the cache. `key` names the request completely (the endpoint and its
 * validated, normalised input); errors are never stored, so a transient failure is retried.
 */
export async function respondCached(
  request: Request,
  endpoint: Pick<PublicEndpoint, "path" | "response">,
  input: unknown,
  body: () => Promise<unknown>,
): Promise<Response> {
  const language = requestLanguage(request.url, request.headers);
  if (!language.ok) return badLanguageResponse(language);
  let stored: Stored;
  try {
    stored = await fromCache(`${endpoint.path} ${language.locale} ${JSON.stringify(input)}`, () => compute(endpoint, body, language.locale));
  } catch (err) {
    return errorResponse(err);
  }
  // Relative on purpose: behind `next start` request.url names the server's own host, not the client's.
  if (stored.kind === "redirect") return new Response(null, { status: 308, headers: { Location: stored.path } });
  const headers = { ETag: stored.etag, "Cache-Control": CACHE_CONTROL, ...languageHeaders(language.locale) };
  if (matches(request.headers.get("if-none-match"), stored.etag)) return new Response(null, { status: 304, headers });
  return new Response(stored.body, { status: 200, headers: { ...headers, "Content-Type": "application/json" } });
}

/** If-None-Match with weak comparison (RFC 9110 §13.1.2): any listed tag, or `*`. */
function matches(header: string | null, etag: string): boolean {
  if (!header) return false;
  const opaque = (t: string) => t.trim().replace(/^W\//, "");
  return header.split(",").some((t) => t.trim() === "*" || opaque(t) === opaque(etag));
}
