// Setting up TOTP: a new secret is stored (encrypted) as pending, shown once as a QR code and as text,
// and only counts once the person proves their app has it by typing a first code. Confirming also
// issues the ten recovery codes, shown once.
import { and, eq, isNull } from "drizzle-orm";
import QRCode from "qrcode";
import { db } from "~/db/client";
import { user } from "~/db/schema";
import { recordAuditEvent } from "~/server/services/audit/record-audit-event";
import type { AuthedServiceContext } from "~/server/services/context";
import { alreadyEnabled, invalidCode, notPending } from "./errors";
import { replaceRecoveryCodes } from "./recovery-codes";
import { encryptSecret } from "./secret-box";
import { newTotpSecret, totpUri } from "./totp";
import { acceptTotpCode, totpSecretOf } from "./verify-second-factor";

export async function beginEnrolment({ ctx }: { ctx: AuthedServiceContext }) {
  const secret = newTotpSecret();
  const otpauthUri = totpUri(secret, ctx.viewer.email);
  await db.transaction(async (tx) => {
    // Starting again replaces a pending secret; an enabled one must be disabled first.
    const [started] = await tx
      .update(user)
      .set({ totpSecret: encryptSecret(secret), totpLastStep: null, updatedAt: new Date() })
      .where(and(eq(user.id, ctx.viewer.id), isNull(user.twoFactorEnabledAt)))
      .returning({ id: user.id });
    if (!started) throw alreadyEnabled();
    await recordAuditEvent(tx, ctx, { action: "two_factor.enrolment_start", entityType: "user", entityId: ctx.viewer.id });
  });
  const qrCode = `data:image/svg+xml;base64,${Buffer.from(await QRCode.toString(otpauthUri, { type: "svg", margin: 1 })).toString("base64")}`;
  return { secret, otpauthUri, qrCode };
}

export async function confirmEnrolment({ ctx, input }: { ctx: AuthedServiceContext; input: { code: string } }) {
  return db.transaction(async (tx) => {
    const secret = await totpSecretOf(tx, ctx.viewer.id, { pending: true });
    if (!secret) throw notPending();
    if (!(await acceptTotpCode(tx, ctx.viewer.id, secret, input.code))) throw invalidCode();
    const enabledAt = new Date();
    await tx
      .update(user)
      .set({ twoFactorEnabledAt: enabledAt, updatedAt: enabledAt })
      .where(and(eq(user.id, ctx.viewer.id), isNull(user.twoFactorEnabledAt)));
    const recoveryCodes = await replaceRecoveryCodes(tx, ctx.viewer.id);
    await recordAuditEvent(tx, ctx, {
      action: "two_factor.enable",
      entityType: "user",
      entityId: ctx.viewer.id,
      after: { twoFactorEnabledAt: enabledAt, recoveryCodes: recoveryCodes.length },
    });
    return { recoveryCodes };
  });
}
