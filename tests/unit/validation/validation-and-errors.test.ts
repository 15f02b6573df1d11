import { describe, expect, it } from "vitest";
import { z } from "zod";
import { pageParam } from "~/components/ui/page-param";
import { clientIp } from "~/server/auth/client-ip";
import { PEER_ADDRESS_HEADER } from "~/server/auth/peer-address";
import { AppError, asAppError, errorMapping, isUniqueViolation, staleVersion } from "~/server/errors";
import { localizeZodError } from "~/server/validation/localize-zod-error";

describe("localizeZodError", () => {
  const schema = z.object({ email: z.string().email(), age: z.number().int().min(18), tags: z.array(z.string()).min(1) });
  const error = schema.safeParse({ email: "nope", age: 3.5, tags: [] }).error!;

  it("groups messages by field path", () => {
    const fields = localizeZodError(error, "en");
    expect(Object.keys(fields).sort()).toEqual(["age", "email", "tags"]);
    expect(fields.email![0]).toMatch(/email/i);
  });

  it("speaks Chinese to Chinese users", () => {
    const fields = localizeZodError(error, "zh");
    for (const messages of Object.values(fields)) expect(messages[0]).toMatch(/[\u4e00-\u9fff]/);
  });

  it("uses the app's own message when a schema names one", () => {
    const slug = z.string().regex(/^[a-z]+$/, { error: "validation.slug" }).safeParse("Bad Slug").error!;
    expect(localizeZodError(slug, "zh")._form).toEqual(["只能使用小写字母、数字和单个连字符。"]);
    expect(localizeZodError(slug, "en")._form![0]).toMatch(/lower-case/);
  });

  it("puts form-level issues under _form", () => {
    const refined = z.string().refine(() => false, "bad").safeParse("x").error!;
    expect(Object.keys(localizeZodError(refined, "en"))).toEqual(["_form"]);
  });
});

describe("errors", () => {
  it("maps each domain code to one tRPC code and HTTP status", () => {
    expect(errorMapping.UNAUTHENTICATED).toEqual({ trpc: "UNAUTHORIZED", http: 401 });
    expect(errorMapping.FORBIDDEN.http).toBe(403);
    expect(errorMapping.CONFLICT.http).toBe(409);
    expect(errorMapping.RATE_LIMITED).toEqual({ trpc: "TOO_MANY_REQUESTS", http: 429 });
  });

  it("carries a message key and details", () => {
    const e = staleVersion("organization", { name: "Other" });
    expect(e).toBeInstanceOf(AppError);
    expect(e.messageKey).toBe("staleVersion");
    expect(e.details).toEqual({ entity: "organization", current: { name: "Other" } });
    expect(new AppError("NOT_FOUND", "x").messageKey).toBe("notFound");
  });

  it("recognises unique violations from either engine", () => {
    expect(isUniqueViolation({ code: "23505" })).toBe(true);
    expect(isUniqueViolation({ cause: { code: "23505" } })).toBe(true);
    expect(isUniqueViolation({ cause: { code: "23503" } })).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
  });
});

describe("request helpers", () => {
  it("reads the client address from the socket, not from headers the client sends", () => {
    expect(clientIp(new Headers({ [PEER_ADDRESS_HEADER]: "::ffff:203.0.113.7", "x-forwarded-for": "10.9.9.9" }))).toBe("203.0.113.7");
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.1", "x-real-ip": "198.51.100.2" }))).toBe("unknown");
  });

  it("maps a query the database cancelled (statement_timeout) to 503, on either engine's error shape", () => {
    expect(asAppError({ code: "57014" })?.code).toBe("UNAVAILABLE");
    expect(asAppError({ cause: { code: "57014" } })?.code).toBe("UNAVAILABLE");
    expect(errorMapping.UNAVAILABLE).toEqual({ trpc: "SERVICE_UNAVAILABLE", http: 503 });
    expect(asAppError({ cause: { code: "23505" } })).toBeNull();
  });

  it("turns any ?page= into a safe page number", () => {
    expect(pageParam("3")).toBe(3);
    for (const raw of [undefined, "", "0", "-1", "1.5", "abc", "1e99"]) expect(pageParam(raw), String(raw)).toBe(1);
  });
});
