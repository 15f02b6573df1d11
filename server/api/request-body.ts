// Request bodies read with a ceiling: a declared Content-Length over the limit is refused before a
// byte is read, and a streamed (chunked) body is counted as it arrives and abandoned at the limit.
// Next route handlers have no body limit of their own.
import { errorMapping } from "~/server/errors";

/** /api/session and next-auth: an email and a password, a CSRF token, a callback URL. */
export const SMALL_BODY_BYTES = 64 * 1024;

export type BodyResult = { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; response: Response };

const refuse = (status: number, error: string, limitBytes?: number) => ({
  ok: false as const,
  response: Response.json(
    { error, messageKey: status === 413 ? "limits.payloadTooLarge" : "badRequest", ...(limitBytes ? { limitBytes } : {}) },
    // The rest of an oversized body is not wanted: close rather than drain it.
    { status, headers: { Connection: "close" } },
  ),
});

export const tooLarge = (limitBytes: number) => refuse(errorMapping.PAYLOAD_TOO_LARGE.http, "PAYLOAD_TOO_LARGE", limitBytes);

export async function readLimitedBody(request: Request, limitBytes: number): Promise<BodyResult> {
  const declared = request.headers.get("content-length");
  if (declared !== null) {
    if (!/^\d+$/.test(declared.trim())) return refuse(errorMapping.BAD_REQUEST.http, "BAD_REQUEST");
    if (Number(declared) > limitBytes) return tooLarge(limitBytes);
  }
  if (!request.body) return { ok: true, bytes: new Uint8Array(0) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limitBytes) {
      await reader.cancel().catch(() => {});
      return tooLarge(limitBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}

/** A JSON body within the limit; `value` is null when it is not JSON (the caller's schema refuses it). */
export async function readLimitedJson(
  request: Request,
  limitBytes: number,
): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  const body = await readLimitedBody(request, limitBytes);
  if (!body.ok) return body;
  try {
    return { ok: true, value: JSON.parse(new TextDecoder().decode(body.bytes)) as unknown };
  } catch {
    return { ok: true, value: null };
  }
}

/** The same request with its (already read, bounded) body, for handlers that read it themselves. */
export function withBody(request: Request, bytes: Uint8Array<ArrayBuffer>): Request {
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: request.method === "GET" || request.method === "HEAD" ? undefined : bytes,
    signal: request.signal,
  });
}
