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
import type { ServiceContext } from "~/server/services/context";
import { hashPassword, hashToken, newToken, ZPasswordSchema } from "./secrets";

const RESET_TTL_MS = 60 * 60 * 1000;

export const ZRequestPasswordResetInputSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
});
export const ZResetPasswordInputSchema = z.object({
  token: z.string().min(20).max(200),
  password: ZPasswordSchema,
});

/** Always answers the same way, so the form does not reveal which emails have accounts. */
export async function requestPasswordReset(ctx: ServiceContext, input: { email: string }) {
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

export async function resetPassword(ctx: ServiceContext, input: z.infer<typeof ZResetPasswordInputSchema>) {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [spent] = await tx
      .update(passwordResetToken)
      .set({ usedAt: new Date() })
      .where(
        and(
          eq(passwordResetToken.tokenHash, hashToken(input.token)),
          isNull(passwordResetToken.usedAt),
          gt(passwordResetToken.expiresAt, new Date()),
        ),
      )
      .returning({ userId: passwordResetToken.userId });
    if (!spent) {
      throw new AppError("INVALID_TOKEN", "reset link is invalid or expired", { messageKey: "resetInvalid" });
    }
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
