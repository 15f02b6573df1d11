// TOTP (RFC 6238, the authenticator-app defaults: SHA-1, 6 digits, 30 s) through otplib. A code is
// accepted one step either side of now (clock drift), and each time step only once per person.
import { and, eq, isNull, lt, or } from "drizzle-orm";
import { generateSecret, generateURI, verify } from "otplib";
import type { Queryable } from "~/db/client";
import { user } from "~/db/schema";

export const TOTP_ISSUER = "R2P Tracker";
const TOLERANCE_SECONDS = 30;

export const newTotpSecret = (): string => generateSecret();

export const totpUri = (secret: string, label: string): string =>
  generateURI({ issuer: TOTP_ISSUER, label, secret });

/** The time step the code belongs to, or null if it is not a current code for this secret. */
export async function matchingTimeStep(secret: string, code: string): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({ secret, token: code, epochTolerance: TOLERANCE_SECONDS }).catch(() => null);
  return result?.valid && "timeStep" in result ? result.timeStep : null;
}

/**
 * Spends a time step: succeeds only if no code of this step (or a later one) was accepted before.
 * One conditional update, so two requests racing with the same code cannot both win.
 */
export async function spendTimeStep(q: Queryable, userId: string, step: number): Promise<boolean> {
  const spent = await q
    .update(user)
    .set({ totpLastStep: step })
    .where(and(eq(user.id, userId), or(isNull(user.totpLastStep), lt(user.totpLastStep, step))))
    .returning({ id: user.id });
  return spent.length === 1;
}
