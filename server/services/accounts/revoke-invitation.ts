import { and, eq, isNull } from "drizzle-orm";
import { db } from "~/db/client";
import { invitation } from "~/db/schema";
import { notFound } from "~/server/errors";
import { recordAuditEvent } from "~/server/services/audit/record-audit-event";
import type { AuthedServiceContext } from "~/server/services/context";

export async function revokeInvitation({ ctx, input }: { ctx: AuthedServiceContext; input: { id: string } }) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(invitation)
      .set({ revokedAt: new Date() })
      .where(and(eq(invitation.id, input.id), isNull(invitation.acceptedAt), isNull(invitation.revokedAt)))
      .returning({ id: invitation.id, email: invitation.email, revokedAt: invitation.revokedAt });
    if (!row) throw notFound("invitation");
    await recordAuditEvent(tx, ctx, {
      action: "invitation.revoke",
      entityType: "invitation",
      entityId: row.id,
      after: row,
    });
    return row;
  });
}
