// An admin clears someone's second factor after they lost their phone and their recovery codes. The
// person's sessions end in the same transaction (whoever holds the lost phone may hold a session too),
// and if a second factor is required of them they must set up a new one at their next sign-in.
import { and, eq, isNull, sql } from "drizzle-orm";
import { db } from "~/db/client";
import { user } from "~/db/schema";
import { can } from "~/server/auth/policy";
import { forbidden, notFound } from "~/server/errors";
import { recordAuditEvent } from "~/server/services/audit/record-audit-event";
import type { AuthedServiceContext } from "~/server/services/context";
import { removeRecoveryCodes } from "./recovery-codes";

export async function resetTwoFactor({ ctx, input }: { ctx: AuthedServiceContext; input: { userId: string } }) {
  if (!can(ctx.viewer, "user.resetTwoFactor", { userId: input.userId })) throw forbidden("user.resetTwoFactor");
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ twoFactorEnabledAt: user.twoFactorEnabledAt })
      .from(user)
      .where(and(eq(user.id, input.userId), isNull(user.deactivatedAt)));
    if (!before) throw notFound("user");
    await tx
      .update(user)
      .set({
        totpSecret: null,
        twoFactorEnabledAt: null,
        totpLastStep: null,
        sessionVersion: sql`${user.sessionVersion} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(user.id, input.userId));
    await removeRecoveryCodes(tx, input.userId);
    await recordAuditEvent(tx, ctx, {
      action: "two_factor.reset",
      entityType: "user",
      entityId: input.userId,
      before,
      after: { twoFactorEnabledAt: null, sessionsEnded: true },
    });
    return { ok: true as const };
  });
}
