// Checks a second factor for a person who has one: a current TOTP code (each time step once), or one of
// their unused recovery codes (each once, and audited: using one means the phone may be lost).
import { and, eq, isNotNull, isNull } from "drizzle-orm";
import type { Queryable } from "~/db/client";
import { user } from "~/db/schema";
import { recordAuditEvent } from "~/server/services/audit/record-audit-event";
import type { ServiceContext } from "~/server/services/context";
import { spendRecoveryCode } from "./recovery-codes";
import { decryptSecret } from "./secret-box";
import { matchingTimeStep, spendTimeStep } from "./totp";

export type SecondFactorMethod = "totp" | "recovery_code";

/** Codes are typed with spaces or dashes now and then; compare without them. */
const compact = (code: string) => code.replace(/[\s-]/g, "");

/** The person's TOTP secret, in clear: the enrolled one, or (pending: true) the one awaiting confirmation. */
export async function totpSecretOf(q: Queryable, userId: string, opts: { pending: boolean }): Promise<string | null> {
  const [row] = await q
    .select({ totpSecret: user.totpSecret })
    .from(user)
    .where(
      and(
        eq(user.id, userId),
        isNull(user.deactivatedAt),
        isNotNull(user.totpSecret),
        opts.pending ? isNull(user.twoFactorEnabledAt) : isNotNull(user.twoFactorEnabledAt),
      ),
    );
  return row?.totpSecret ? decryptSecret(row.totpSecret) : null;
}

/** A current TOTP code for the given secret, not used before: spends its time step. */
export async function acceptTotpCode(q: Queryable, userId: string, secret: string, code: string): Promise<boolean> {
  const step = await matchingTimeStep(secret, compact(code));
  return step !== null && spendTimeStep(q, userId, step);
}

/** The method that matched, or null. Writes the audit event for a spent recovery code. */
export async function verifySecondFactor(
  q: Queryable,
  ctx: ServiceContext,
  input: { userId: string; code: string },
): Promise<SecondFactorMethod | null> {
  const secret = await totpSecretOf(q, input.userId, { pending: false });
  if (!secret) return null;
  if (/^\d{6}$/.test(compact(input.code))) {
    return (await acceptTotpCode(q, input.userId, secret, input.code)) ? "totp" : null;
  }
  if (!(await spendRecoveryCode(q, input.userId, input.code))) return null;
  await recordAuditEvent(q, ctx, {
    action: "two_factor.recovery_code_use",
    entityType: "user",
    entityId: input.userId,
    actorId: input.userId,
  });
  return "recovery_code";
}
