// Who is signed in (GET, for the header's client island), sign in (POST) and sign out (DELETE).
// POST answers the sign-in form's script as JSON (200, 401 or 429, so it can say exactly what
// happened) and the same form posted before its script loaded with 303 redirects (docs/decisions/014).
// GET is what lets every public page be static: the session is read here only.
import { asLocale } from "~/db/localized-text-ops";
import { CredentialsSignin } from "next-auth";
import { type NextRequest, NextResponse } from "next/server";
import { readLimitedBody, SMALL_BODY_BYTES, withBody } from "~/server/api/request-body";
import { clientIp } from "~/server/auth/client-ip";
import { signIn, signOut } from "~/server/auth/config";
import { crossSiteRefusal, isCrossSiteRequest } from "~/server/auth/same-origin";
import { safeNext } from "~/server/auth/safe-next";
import { currentViewer } from "~/server/auth/session";
import { AppError } from "~/server/errors";
import { passwordStep, secondFactorStep, type SignInStep } from "~/server/auth/sign-in-steps";
import { parseSignInRequest } from "./sign-in-request";
import { CHALLENGE_COOKIE, signInAnswer } from "./sign-in-answer";
import { sessionResponse } from "./session-response";

export async function GET() {
  return sessionResponse(await currentViewer());
}

export async function POST(request: NextRequest) {
  if (isCrossSiteRequest(request.headers)) return crossSiteRefusal();
  // Read with a ceiling first: nothing parses an unbounded body.
  const limited = await readLimitedBody(request, SMALL_BODY_BYTES);
  if (!limited.ok) return limited.response;
  const parsed = await parseSignInRequest(withBody(request, limited.bytes));
  if (!parsed.ok) {
    if (parsed.status === 415) return NextResponse.json({ error: "BAD_REQUEST", messageKey: "badRequest" }, { status: 415 });
    return signInAnswer(request, { isForm: parsed.isForm }, { kind: "refused", reason: "credentials" });
  }
  const { body, isForm } = parsed;
  const locale = asLocale(body.locale ?? "");
  const where = { isForm, locale, next: safeNext(body.next, locale) };
  const ip = clientIp(request.headers);
  let step: SignInStep;
  try {
    step =
      body.step === "password"
        ? await passwordStep({ email: body.email, password: body.password, ip })
        : await secondFactorStep({ challenge: request.cookies.get(CHALLENGE_COOKIE)?.value ?? "", code: body.code, ip });
  } catch (err) {
    if (err instanceof AppError && err.code === "RATE_LIMITED") return signInAnswer(request, where, "rate_limited");
    throw err;
  }
  if (step.kind === "signed_in") {
    try {
      await signIn("credentials", { ticket: step.ticket, redirect: false });
    } catch (err) {
      // The ticket went stale in between (the person's sessions were just ended): not signed in.
      if (err instanceof CredentialsSignin) return signInAnswer(request, where, { kind: "refused", reason: "credentials" });
      throw err;
    }
  }
  return signInAnswer(request, where, step);
}

export async function DELETE(request: NextRequest) {
  if (isCrossSiteRequest(request.headers)) return crossSiteRefusal();
  await signOut({ redirect: false });
  return NextResponse.json({ ok: true });
}
