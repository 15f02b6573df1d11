// Password reset: a one-hour link by email; using it sets a new password and spends the link.
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "~/db/client";
import { passwordResetToken, user } from "~/db/schema";
import { env } from "~/server/env";
import { AppError } from "~/server/errors";
import { serverTranslator } from "~/server/i18n/translator";
import { sendMail } from "~/server/mail/send-mail";
import { recordAuditEvent } from "~/server/services/audit/record-audit-event";
import type { ClientServiceContext, ServiceContext } from "~/server/services/context";
import { addressScope, consumeRateLimits, RATE_LIMITS } from "~/server/services/rate-limit";
import { hashPassword, hashToken, newToken, ZPasswordSchema } from "./secrets";

const RESET_TTL_MS = 60 * 60 * 1000;

export const ZRequestPasswordResetInputSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
});
export const ZResetPasswordInputSchema = z.object({
  token: z.string().min(20).max(200),
  password: ZPasswordSchema,
});

/**
 * Always answers the same way, so the form does not reveal which emails have accounts; the limits
 * count requests for an email whether or not it has an account, for the same reason.
 */
export async function requestPasswordReset({ ctx, input }: { ctx: ClientServiceContext; input: { email: string } }) {
  await consumeRateLimits([
    { limit: RATE_LIMITS.passwordResetPerEmail, key: input.email },
    { limit: RATE_LIMITS.passwordResetPerAddress, key: addressScope(ctx.ip ?? "") },
  ]);
  const [found] = await db
    .select({ id: user.id, locale: user.locale })
    .from(user)
    .where(and(eq(user.email, input.email), isNull(user.deactivatedAt)));
  const { token, tokenHash } = newToken();
  await db.transaction(async (tx) => {
    if (found) {
      await tx
        .insert(passwordResetToken)
        .values({ userId: found.id, tokenHash, expiresAt: new Date(Date.now() + RESET_TTL_MS) });
    }
    await recordAuditEvent(tx, ctx, {
      action: "account.password_reset_request",
      entityType: "user",
      entityId: found?.id ?? "unknown",
      after: { email: input.email, known: !!found },
    });
  });
  if (!found) return { ok: true as const };
  const t = serverTranslator(found.locale);
  await sendMail({
    to: input.email,
    subject: t("mail.passwordReset.subject"),
    text: t("mail.passwordReset.body", { link: `${env.APP_URL}/${found.locale}/reset-password/${token}` }),
  });
  return { ok: true as const };
}

const invalidResetLink = () =>
  new AppError("INVALID_TOKEN", "reset link is invalid or expired", { messageKey: "resetInvalid" });

const openResetToken = (token: string) =>
  and(
    eq(passwordResetToken.tokenHash, hashToken(token)),
    isNull(passwordResetToken.usedAt),
    gt(passwordResetToken.expiresAt, new Date()),
  );

export async function resetPassword({ ctx, input }: { ctx: ServiceContext; input: z.infer<typeof ZResetPasswordInputSchema> }) {
  // The link first: a made-up token costs one indexed read, never an argon2 hash (amplification).
  const [open] = await db.select({ id: passwordResetToken.id }).from(passwordResetToken).where(openResetToken(input.token));
  if (!open) throw invalidResetLink();
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    // Spend it atomically: of two concurrent resets with one link, only one updates the row.
    const [spent] = await tx
      .update(passwordResetToken)
      .set({ usedAt: new Date() })
      .where(openResetToken(input.token))
      .returning({ userId: passwordResetToken.userId });
    if (!spent) throw invalidResetLink();
    const [updated] = await tx
      .update(user)
      // A new password ends every session of the person (whoever knew the old one may hold one).
      .set({ passwordHash, sessionVersion: sql`${user.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(user.id, spent.userId))
      .returning({ id: user.id, email: user.email });
    await recordAuditEvent(tx, ctx, {
      action: "account.password_reset",
      entityType: "user",
      entityId: spent.userId,
    });
    return { email: updated!.email };
  });
}
