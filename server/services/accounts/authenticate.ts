// Checks an email and password: the first factor, decided in one place. Opening a session is
// sign-in-steps.ts's job (it adds the second factor when the person has one).
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { db } from "~/db/client";
import { user } from "~/db/schema";
import { recordAuditEvent } from "~/server/services/audit/record-audit-event";
import { assertSignInAllowed, recordSignInAttempt } from "~/server/auth/sign-in-rate-limit";
import { verifyPassword } from "./secrets";

export const ZCredentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(200),
});

export interface FirstFactor {
  userId: string;
  /** Carried into the session token: a later bump ends the session (docs/decisions/014). */
  sessionVersion: number;
  hasSecondFactor: boolean;
}

/** The person if the password is right, else null. Throws RATE_LIMITED. */
export async function checkPassword(input: { email: string; password: string; ip: string }): Promise<FirstFactor | null> {
  const email = input.email.trim().toLowerCase();
  await assertSignInAllowed(email, input.ip);
  const [found] = await db
    .select({
      id: user.id,
      passwordHash: user.passwordHash,
      sessionVersion: user.sessionVersion,
      twoFactorEnabledAt: user.twoFactorEnabledAt,
    })
    .from(user)
    .where(and(eq(user.email, email), isNull(user.deactivatedAt)))
    .limit(1);
  const ok = await verifyPassword(found?.passwordHash ?? null, input.password);
  await recordSignInAttempt(email, input.ip, ok);
  if (!ok || !found) return null;
  return { userId: found.id, sessionVersion: found.sessionVersion, hasSecondFactor: !!found.twoFactorEnabledAt };
}

/** The user id if the password is right (first factor only), else null. Throws RATE_LIMITED. */
export async function authenticate(input: { email: string; password: string; ip: string }) {
  return (await checkPassword(input))?.userId ?? null;
}

/** The audit line of a completed sign-in, with the second factor used (if any). */
export async function recordSignIn(userId: string, ip: string, secondFactor: "none" | "totp" | "recovery_code") {
  await recordAuditEvent(
    db,
    { viewer: null, requestId: crypto.randomUUID() },
    { action: "account.sign_in", entityType: "user", entityId: userId, actorId: userId, after: { ip, secondFactor } },
  );
}
