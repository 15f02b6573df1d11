// Short-lived, encrypted tokens between the steps of a sign-in (the same JWE format and key
// derivation next-auth uses for its session cookie, with one salt per purpose so a token made for one
// step can never be used as another).
import { decode, encode } from "next-auth/jwt";
import { authSecret } from "~/server/env";

export type SealPurpose = "r2p.second-factor-challenge" | "r2p.session-ticket";

export interface SealedSignIn {
  userId: string;
  sessionVersion: number;
}

export function seal(purpose: SealPurpose, payload: SealedSignIn, maxAgeSeconds: number): Promise<string> {
  return encode({ token: { uid: payload.userId, sv: payload.sessionVersion }, secret: authSecret(), salt: purpose, maxAge: maxAgeSeconds });
}

/** The payload, or null when the token is forged, made for another purpose, or expired. */
export async function unseal(purpose: SealPurpose, token: string): Promise<SealedSignIn | null> {
  if (token.length > 4000) return null;
  const decoded = await decode({ token, secret: authSecret(), salt: purpose }).catch(() => null);
  if (!decoded || typeof decoded.uid !== "string" || typeof decoded.sv !== "number") return null;
  return { userId: decoded.uid, sessionVersion: decoded.sv };
}
