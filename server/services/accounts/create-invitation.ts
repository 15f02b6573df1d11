// Admin or secretariat invites an email with a role (and organisation or country); the link lets
// the person set a password.
import { LOCALES } from "~/db/locales";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "~/db/client";
import { invitation, user } from "~/db/schema";
import { can } from "~/server/auth/policy";
import { env } from "~/server/env";
import { AppError, forbidden } from "~/server/errors";
import { serverTranslator } from "~/server/i18n/translator";
import { sendMail } from "~/server/mail/send-mail";
import { assertAssignmentTargetsExist } from "~/server/services/accounts/assignment-targets";
import { recordAuditEvent } from "~/server/services/audit/record-audit-event";
import type { AuthedServiceContext, ClientServiceContext } from "~/server/services/context";
import { addressScope, consumeRateLimits, RATE_LIMITS } from "~/server/services/rate-limit";
import { ZRoleAssignmentSchema } from "./membership-rules";
import { newToken } from "./secrets";

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export const ZCreateInvitationInputSchema = z
  .object({
    email: z.string().trim().toLowerCase().email().max(320),
    name: z.string().trim().max(200).optional(),
    locale: z.enum(LOCALES).default("zh"),
  })
  .and(ZRoleAssignmentSchema);
export type TCreateInvitationInput = z.infer<typeof ZCreateInvitationInputSchema>;

export async function createInvitation({ ctx, input }: { ctx: AuthedServiceContext & ClientServiceContext; input: TCreateInvitationInput }) {
  if (!can(ctx.viewer, "invitation.create", { role: input.role })) {
    throw forbidden("invitation.create");
  }
  // Each invitation is an email to a stranger: bounded per recipient, per inviter and per address.
  await consumeRateLimits([
    { limit: RATE_LIMITS.invitationPerEmail, key: input.email },
    { limit: RATE_LIMITS.invitationPerInviter, key: ctx.viewer.id },
    { limit: RATE_LIMITS.invitationPerAddress, key: addressScope(ctx.ip ?? "") },
  ]);
  const { token, tokenHash } = newToken();
  const created = await db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: user.id }).from(user).where(eq(user.email, input.email));
    if (existing) {
      throw new AppError("CONFLICT", "email already registered", { messageKey: "emailTaken" });
    }
    await assertAssignmentTargetsExist(tx, input);
    const [row] = await tx
      .insert(invitation)
      .values({
        email: input.email,
        name: input.name || null,
        role: input.role,
        organizationId: input.organizationId ?? null,
        countryIso3: input.countryIso3 ?? null,
        locale: input.locale,
        tokenHash,
        invitedById: ctx.viewer.id,
        expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
      })
      .returning();
    await recordAuditEvent(tx, ctx, {
      action: "invitation.create",
      entityType: "invitation",
      entityId: row!.id,
      after: row,
    });
    return row!;
  });

  const t = serverTranslator(input.locale);
  const link = `${env.APP_URL}/${input.locale}/invitations/${token}`;
  await sendMail({
    to: input.email,
    subject: t("mail.invitation.subject"),
    text: t("mail.invitation.body", { inviter: ctx.viewer.name, role: t(`roles.${input.role}`), link }),
  });
  const { tokenHash: _omit, ...safe } = created;
  return safe;
}
