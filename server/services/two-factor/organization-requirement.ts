// An organisation can require a second factor of its own members. Its members may turn the
// requirement on; only an admin may turn it off again (policy: organization.requireTwoFactor and
// organization.relaxTwoFactor). Members without a second factor are asked to set one up at once.
import { and, eq, isNull } from "drizzle-orm";
import { db } from "~/db/client";
import { organization } from "~/db/schema";
import { can } from "~/server/auth/policy";
import { forbidden, notFound } from "~/server/errors";
import { recordAuditEvent } from "~/server/services/audit/record-audit-event";
import type { AuthedServiceContext } from "~/server/services/context";

export async function setOrganizationRequirement(
  { ctx, input }: { ctx: AuthedServiceContext; input: { organizationId: string; required: boolean } },
) {
  const action = input.required ? "organization.requireTwoFactor" : "organization.relaxTwoFactor";
  if (!can(ctx.viewer, action, { organizationId: input.organizationId })) throw forbidden(action);
  return db.transaction(async (tx) => {
    const [after] = await tx
      .update(organization)
      .set({ requireTwoFactor: input.required, updatedAt: new Date() })
      .where(and(eq(organization.id, input.organizationId), isNull(organization.deletedAt)))
      .returning({ organizationId: organization.id, requireTwoFactor: organization.requireTwoFactor });
    if (!after) throw notFound("organization");
    await recordAuditEvent(tx, ctx, {
      action: input.required ? "organization.require_two_factor" : "organization.relax_two_factor",
      entityType: "organization",
      entityId: after.organizationId,
      after,
    });
    return after;
  });
}
