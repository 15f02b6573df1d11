// Checks an email and password: the one place a sign-in is decided.
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { db } from "~/db/client";
import { user } from "~/db/schema";
import { recordAuditEvent } from "~/server/services/audit/record-audit-event";
import { assertSignInAllowed, recordSignInAttempt } from "./sign-in-rate-limit";
import { verifyPassword } from "./secrets";

export const ZCredentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(200),
});

/** Returns the user id, or null when the credentials are wrong. Throws RATE_LIMITED. */
export async function authenticate(input: { email: string; password: string; ip: string }) {
  const email = input.email.trim().toLowerCase();
  await assertSignInAllowed(email, input.ip);
  const [found] = await db
    .select({ id: user.id, passwordHash: user.passwordHash })
    .from(user)
    .where(and(eq(user.email, email), isNull(user.deactivatedAt)))
    .limit(1);
  const ok = await verifyPassword(found?.passwordHash ?? null, input.password);
  await recordSignInAttempt(email, input.ip, ok);
  if (!ok || !found) return null;
  await recordAuditEvent(
    db,
    { actor: null, requestId: crypto.randomUUID() },
    { action: "account.sign_in", entityType: "user", entityId: found.id, actorId: found.id, after: { ip: input.ip } },
  );
  return found.id;
}
