// Second factors for tests: a known TOTP secret set up straight in the database (as the enrolment
// would leave it), and the codes an authenticator app would show for it.
import { eq } from "drizzle-orm";
import { generate } from "otplib";
import { db } from "~/db/client";
import { user } from "~/db/schema";
import { encryptSecret } from "~/server/services/two-factor/secret-box";

/** 20 bytes in Base32, like the secrets the enrolment makes. */
export const TEST_TOTP_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

export async function enrolTwoFactor(userId: string, secret = TEST_TOTP_SECRET) {
  await db
    .update(user)
    .set({ totpSecret: encryptSecret(secret), twoFactorEnabledAt: new Date(), totpLastStep: null })
    .where(eq(user.id, userId));
}

/** The code of the time step `offset` steps from now (0: the current one). */
export function totpCode(secret = TEST_TOTP_SECRET, offset = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + offset * 30 });
}

/** Clears any second factor, as before an enrolment. */
export async function removeTwoFactor(userId: string) {
  await db.update(user).set({ totpSecret: null, twoFactorEnabledAt: null, totpLastStep: null }).where(eq(user.id, userId));
}

/** A started, unconfirmed enrolment with a known secret (what beginEnrolment leaves behind). */
export async function pendingEnrolment(userId: string, secret = TEST_TOTP_SECRET) {
  await db
    .update(user)
    .set({ totpSecret: encryptSecret(secret), twoFactorEnabledAt: null, totpLastStep: null })
    .where(eq(user.id, userId));
}
