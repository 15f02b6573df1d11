// The answer to a sign-in step: JSON for the form's script, a 303 redirect for a plain form post.
// The pending second-factor challenge travels in an HttpOnly cookie scoped to this endpoint.
import type { Locale } from "~/db/locales";
import { type NextRequest, NextResponse } from "next/server";
import { errorMapping } from "~/server/errors";
import { CHALLENGE_TTL_SECONDS, type SignInStep } from "~/server/auth/sign-in-steps";
import { SIGN_IN_WINDOW_MS } from "~/server/auth/sign-in-rate-limit";

export const CHALLENGE_COOKIE = "r2p.second-factor";

interface Where {
  isForm: boolean;
  locale?: Locale;
  /** A safe, same-origin path (already checked by safeNext). */
  next?: string;
}

type Outcome = SignInStep | "rate_limited";

const ERROR_OF = { credentials: "invalidCredentials", code: "invalidCode", challenge_expired: "challengeExpired" } as const;

function signInPage(where: Where, query: Record<string, string>) {
  const locale = where.locale ?? "zh";
  const params = new URLSearchParams(query);
  if (where.next && where.next !== `/${locale}`) params.set("next", where.next);
  const search = params.toString();
  return `/${locale}/sign-in${search ? `?${search}` : ""}`;
}

function json(outcome: Outcome, where: Where): NextResponse {
  if (outcome === "rate_limited") {
    return NextResponse.json(
      { error: "RATE_LIMITED", messageKey: "rateLimited" },
      { status: errorMapping.RATE_LIMITED.http, headers: { "Retry-After": String(SIGN_IN_WINDOW_MS / 1000) } },
    );
  }
  switch (outcome.kind) {
    case "signed_in":
      return NextResponse.json({ ok: true, next: afterSignIn(outcome, where) });
    case "second_factor_required":
      // Not an error: the password step is done and the form asks for the code.
      return NextResponse.json({ ok: false, step: "code" });
    case "refused":
      return NextResponse.json(
        { error: "UNAUTHENTICATED", messageKey: ERROR_OF[outcome.reason], step: outcome.reason === "code" ? "code" : "password" },
        { status: 401 },
      );
  }
}

function afterSignIn(outcome: { mustEnrolTwoFactor: boolean }, where: Where) {
  const locale = where.locale ?? "zh";
  return outcome.mustEnrolTwoFactor ? `/${locale}/account/two-factor` : (where.next ?? `/${locale}`);
}

function redirectTarget(outcome: Outcome, where: Where): string {
  if (outcome === "rate_limited") return signInPage(where, { error: "rateLimited" });
  switch (outcome.kind) {
    case "signed_in":
      return afterSignIn(outcome, where);
    case "second_factor_required":
      return signInPage(where, { step: "code" });
    case "refused":
      return signInPage(where, outcome.reason === "code" ? { step: "code", error: ERROR_OF.code } : { error: ERROR_OF[outcome.reason] });
  }
}

export function signInAnswer(request: NextRequest, where: Where, outcome: Outcome): NextResponse {
  const response = where.isForm
    ? // A relative Location: behind a proxy the request's own host may not be the public one.
      new NextResponse(null, { status: 303, headers: { Location: redirectTarget(outcome, where) } })
    : json(outcome, where);
  response.headers.set("Cache-Control", "no-store");
  const secure = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const cookie = { httpOnly: true, sameSite: "strict" as const, path: "/api/session", secure };
  if (outcome !== "rate_limited" && outcome.kind === "second_factor_required") {
    response.cookies.set(CHALLENGE_COOKIE, outcome.challenge, { ...cookie, maxAge: CHALLENGE_TTL_SECONDS });
  } else if (outcome !== "rate_limited" && (outcome.kind === "signed_in" || outcome.reason === "challenge_expired")) {
    response.cookies.set(CHALLENGE_COOKIE, "", { ...cookie, maxAge: 0 });
  }
  return response;
}
