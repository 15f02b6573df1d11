// Who is signed in (GET, for the header's client island), sign in (POST) and sign out (DELETE) as
// JSON, so the form can show a clear message for each outcome — including HTTP 429 when there were
// too many attempts. GET is what lets every public page be static: the session is read here only.
import { CredentialsSignin } from "next-auth";
import { type NextRequest, NextResponse } from "next/server";
import { readLimitedJson, SMALL_BODY_BYTES } from "~/server/api/request-body";
import { clientIp } from "~/server/auth/client-ip";
import { signIn, signOut } from "~/server/auth/config";
import { currentActor } from "~/server/auth/session";
import { errorMapping } from "~/server/errors";
import { ensureDatabaseReady } from "~/server/bootstrap";
import { ZCredentialsSchema } from "~/server/services/accounts/authenticate";
import { assertSignInAllowed, SIGN_IN_WINDOW_MS } from "~/server/services/accounts/sign-in-rate-limit";
import { AppError } from "~/server/errors";
import { sessionResponse } from "./session-response";

const rateLimited = () =>
  NextResponse.json(
    { error: "RATE_LIMITED", messageKey: "rateLimited" },
    { status: errorMapping.RATE_LIMITED.http, headers: { "Retry-After": String(SIGN_IN_WINDOW_MS / 1000) } },
  );

export async function GET() {
  await ensureDatabaseReady();
  return sessionResponse(await currentActor());
}

export async function POST(request: NextRequest) {
  await ensureDatabaseReady();
  const body = await readLimitedJson(request, SMALL_BODY_BYTES);
  if (!body.ok) return body.response;
  const parsed = ZCredentialsSchema.safeParse(body.value);
  if (!parsed.success) {
    return NextResponse.json({ error: "VALIDATION", messageKey: "invalidCredentials" }, { status: 400 });
  }
  try {
    await assertSignInAllowed(parsed.data.email, clientIp(request.headers));
    await signIn("credentials", { ...parsed.data, redirect: false });
    return NextResponse.json({ ok: true });
  } catch (err) {
    if (err instanceof AppError && err.code === "RATE_LIMITED") return rateLimited();
    if (err instanceof CredentialsSignin) {
      if (err.code === "rate_limited") return rateLimited();
      return NextResponse.json({ error: "UNAUTHENTICATED", messageKey: "invalidCredentials" }, { status: 401 });
    }
    throw err;
  }
}

export async function DELETE() {
  await signOut({ redirect: false });
  return NextResponse.json({ ok: true });
}
