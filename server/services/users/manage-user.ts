// Admin actions on a person: change their role (ends the old membership, starts a new one) and
// deactivate or reactivate them (soft: nothing is deleted). Never on oneself; joining an
// organisation this way tells its people (membership-events.ts, decision 016).
import { and, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "~/db/client";
import { membership, user } from "~/db/schema";
import { can, holdsOrganization } from "~/server/auth/policy";
import { forbidden, notFound } from "~/server/errors";
import { ZRoleAssignmentSchema } from "~/server/services/accounts/membership-rules";
import { assertAssignmentTargetsExist } from "~/server/services/accounts/assignment-targets";
import { recordAuditEvent } from "~/server/services/audit/record-audit-event";
import type { AuthedServiceContext } from "~/server/services/context";
import { onMemberJoined } from "~/server/services/notifications/membership-events";
import { notifyingTransaction } from "~/server/services/notifications/notify";

export const ZChangeRoleInputSchema = z.object({ userId: z.string().uuid() }).and(ZRoleAssignmentSchema);
export const ZUserIdInputSchema = z.object({ userId: z.string().uuid() });

export async function changeRole({ ctx, input }: { ctx: AuthedServiceContext; input: z.infer<typeof ZChangeRoleInputSchema> }) {
  if (!can(ctx.viewer, "user.changeRole", { userId: input.userId })) throw forbidden("user.changeRole");
  return notifyingTransaction(async (tx, outbox) => {
    const now = new Date();
    const [before] = await tx
      .update(membership)
      .set({ endedAt: now, updatedAt: now })
      .where(and(eq(membership.userId, input.userId), isNull(membership.endedAt)))
      .returning();
    if (!before) throw notFound("user");
    await assertAssignmentTargetsExist(tx, input);
    const [after] = await tx
      .insert(membership)
      .values({
        userId: input.userId,
        role: input.role,
        organizationId: input.organizationId ?? null,
        countryIso3: input.countryIso3 ?? null,
      })
      .returning();
    await recordAuditEvent(tx, ctx, {
      action: "user.change_role",
      entityType: "user",
      entityId: input.userId,
      before,
      after,
    });
    const joined = after!.organizationId && holdsOrganization(after!.role) ? after!.organizationId : null;
    const wasThere = before.organizationId === joined && holdsOrganization(before.role);
    if (joined && !wasThere) {
      await onMemberJoined(tx, ctx, outbox, { userId: input.userId, organizationId: joined, addedBy: { id: ctx.viewer.id, name: ctx.viewer.name } });
    }
    return after!;
  });
}

export async function setUserDeactivated(
  { ctx, input, deactivated }: { ctx: AuthedServiceContext; input: { userId: string }; deactivated: boolean },
) {
  if (!can(ctx.viewer, "user.deactivate", { userId: input.userId })) throw forbidden("user.deactivate");
  return db.transaction(async (tx) => {
    const [after] = await tx
      .update(user)
      // Deactivating also ends every session, so reactivating later does not revive the old ones.
      .set({
        deactivatedAt: deactivated ? new Date() : null,
        ...(deactivated ? { sessionVersion: sql`${user.sessionVersion} + 1` } : {}),
        updatedAt: new Date(),
      })
      .where(
        and(
          eq(user.id, input.userId),
          deactivated ? isNull(user.deactivatedAt) : isNotNull(user.deactivatedAt),
        ),
      )
      .returning({ id: user.id, email: user.email, deactivatedAt: user.deactivatedAt });
    if (!after) throw notFound("user");
    await recordAuditEvent(tx, ctx, {
      action: deactivated ? "user.deactivate" : "user.reactivate",
      entityType: "user",
      entityId: after.id,
      after,
    });
    return after;
  });
}
