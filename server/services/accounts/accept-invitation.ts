// Following an invitation link: the person chooses a name and password and becomes a user.
import { and, eq, gt, isNull } from "drizzle-orm";
import { z } from "zod";
import { db } from "~/db/client";
import { invitation, user } from "~/db/schema";
import { holdsOrganization } from "~/server/auth/policy";
import { AppError } from "~/server/errors";
import { recordAuditEvent } from "~/server/services/audit/record-audit-event";
import type { ServiceContext } from "~/server/services/context";
import { onMemberJoined } from "~/server/services/notifications/membership-events";
import { notifyingTransaction } from "~/server/services/notifications/notify";
import { createUserWithMembership } from "./create-user";
import { hashPassword, hashToken, ZPasswordSchema } from "./secrets";

export const ZAcceptInvitationInputSchema = z.object({
  token: z.string().min(20).max(200),
  name: z.string().trim().min(1).max(200),
  password: ZPasswordSchema,
});

const invalidToken = () =>
  new AppError("INVALID_TOKEN", "invitation is invalid or expired", { messageKey: "invitationInvalid" });

/** Not yet accepted, revoked or expired. */
const openInvitation = (token: string) =>
  and(
    eq(invitation.tokenHash, hashToken(token)),
    isNull(invitation.acceptedAt),
    isNull(invitation.revokedAt),
    gt(invitation.expiresAt, new Date()),
  );

/** What the accept page shows before the person commits. */
export async function findOpenInvitation({ input: token }: { input: string }) {
  const [row] = await db
    .select({
      id: invitation.id,
      email: invitation.email,
      name: invitation.name,
      role: invitation.role,
      locale: invitation.locale,
      expiresAt: invitation.expiresAt,
    })
    .from(invitation)
    .where(openInvitation(token));
  return row ?? null;
}

export async function acceptInvitation({ ctx, input }: { ctx: ServiceContext; input: z.infer<typeof ZAcceptInvitationInputSchema> }) {
  // The link first: a made-up token costs one indexed read, never an argon2 hash (amplification).
  const [open] = await db.select({ id: invitation.id }).from(invitation).where(openInvitation(input.token));
  if (!open) throw invalidToken();
  const passwordHash = await hashPassword(input.password);
  return notifyingTransaction(async (tx, outbox) => {
    // Claim the invitation first: of two concurrent accepts, only one updates the row.
    const [claimed] = await tx.update(invitation).set({ acceptedAt: new Date() }).where(openInvitation(input.token)).returning();
    if (!claimed) throw invalidToken();
    const created = await createUserWithMembership(tx, ctx, {
      email: claimed.email,
      name: input.name,
      passwordHash,
      locale: claimed.locale,
      role: claimed.role,
      organizationId: claimed.organizationId,
      countryIso3: claimed.countryIso3,
    });
    await recordAuditEvent(tx, ctx, {
      action: "invitation.accept",
      entityType: "invitation",
      entityId: claimed.id,
      after: { acceptedAt: claimed.acceptedAt, userId: created.id },
    });
    if (claimed.organizationId && holdsOrganization(claimed.role)) {
      const [inviter] = await tx.select({ id: user.id, name: user.name }).from(user).where(eq(user.id, claimed.invitedById));
      await onMemberJoined(tx, ctx, outbox, { userId: created.id, organizationId: claimed.organizationId, addedBy: inviter ?? null });
    }
    return { email: created.email, locale: created.locale };
  });
}
