// What a person does with their own second factor once it is set up: turn it off, or renew the
// recovery codes. Both need a current code from the app, so a stolen session alone cannot do either.
import { and, count, eq, isNull } from "drizzle-orm";
import { db, type Tx } from "~/db/client";
import { organization, recoveryCode, user } from "~/db/schema";
import { can } from "~/server/auth/policy";
import { recordAuditEvent } from "~/server/services/audit/record-audit-event";
import type { AuthedServiceContext } from "~/server/services/context";
import { invalidCode, notEnabled } from "./errors";
import { removeRecoveryCodes, replaceRecoveryCodes } from "./recovery-codes";
import { acceptTotpCode, totpSecretOf } from "./verify-second-factor";

async function assertCurrentCode(tx: Tx, userId: string, code: string) {
  const secret = await totpSecretOf(tx, userId, { pending: false });
  if (!secret) throw notEnabled();
  if (!(await acceptTotpCode(tx, userId, secret, code))) throw invalidCode();
}

export async function disableTwoFactor({ ctx, input }: { ctx: AuthedServiceContext; input: { code: string } }) {
  return db.transaction(async (tx) => {
    await assertCurrentCode(tx, ctx.viewer.id, input.code);
    await tx
      .update(user)
      .set({ totpSecret: null, twoFactorEnabledAt: null, totpLastStep: null, updatedAt: new Date() })
      .where(eq(user.id, ctx.viewer.id));
    await removeRecoveryCodes(tx, ctx.viewer.id);
    await recordAuditEvent(tx, ctx, { action: "two_factor.disable", entityType: "user", entityId: ctx.viewer.id });
    return { ok: true as const };
  });
}

export async function regenerateRecoveryCodes({ ctx, input }: { ctx: AuthedServiceContext; input: { code: string } }) {
  return db.transaction(async (tx) => {
    await assertCurrentCode(tx, ctx.viewer.id, input.code);
    const recoveryCodes = await replaceRecoveryCodes(tx, ctx.viewer.id);
    await recordAuditEvent(tx, ctx, {
      action: "two_factor.recovery_codes_renew",
      entityType: "user",
      entityId: ctx.viewer.id,
      after: { recoveryCodes: recoveryCodes.length },
    });
    return { recoveryCodes };
  });
}

export async function getTwoFactorStatus({ ctx }: { ctx: AuthedServiceContext }) {
  const [row] = await db
    .select({ totpSecret: user.totpSecret, enabledAt: user.twoFactorEnabledAt })
    .from(user)
    .where(eq(user.id, ctx.viewer.id));
  const [left] = await db
    .select({ n: count() })
    .from(recoveryCode)
    .where(and(eq(recoveryCode.userId, ctx.viewer.id), isNull(recoveryCode.usedAt)));
  const [org] = ctx.viewer.organizationId
    ? await db
        .select({ id: organization.id, name: organization.name, requireTwoFactor: organization.requireTwoFactor })
        .from(organization)
        .where(eq(organization.id, ctx.viewer.organizationId))
    : [];
  return {
    enabled: !!row?.enabledAt,
    enabledAt: row?.enabledAt ?? null,
    required: !can(ctx.viewer, "account.withoutSecondFactor", { organizationRequiresTwoFactor: !!org?.requireTwoFactor }),
    pending: !!row?.totpSecret && !row.enabledAt,
    recoveryCodesLeft: Number(left?.n ?? 0),
    organization: org ?? null,
  };
}
