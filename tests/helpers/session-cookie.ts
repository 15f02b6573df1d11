// A real next-auth session cookie for a user, so route handlers can be called directly with a Request
// as the browser of a signed-in person would send it.
import { encode } from "next-auth/jwt";
import { authSecret } from "~/server/env";

const COOKIE = "authjs.session-token";

/** `sessionVersion` must match the person's (a new account's is 1), or the token counts as signed out. */
export async function sessionCookie(userId: string, sessionVersion = 1) {
  const token = await encode({ token: { uid: userId, sub: userId, sv: sessionVersion }, secret: authSecret(), salt: COOKIE });
  return `${COOKIE}=${token}`;
}

/** A GET as a browser on http://app.test sends it, signed in as `userId` or anonymous. */
export async function browserGet(path: string, userId?: string) {
  const headers = new Headers({ host: "app.test", "x-forwarded-proto": "http" });
  if (userId) headers.set("cookie", await sessionCookie(userId));
  return new Request(`http://app.test${path}`, { headers });
}
