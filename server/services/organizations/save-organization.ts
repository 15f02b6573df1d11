// Create, edit (version-checked), soft-delete and restore coalition organisations.
import { and, eq, isNotNull, isNull } from "drizzle-orm";
import { db } from "~/db/client";
import { organization } from "~/db/schema";
import { AppError, isUniqueViolation, notFound, staleVersion } from "~/server/errors";
import { recordAuditEvent } from "~/server/services/audit/record-audit-event";
import type { AuthedServiceContext } from "~/server/services/context";
import type { TCreateOrganizationInput, TUpdateOrganizationInput } from "./organization-schemas";

const slugTaken = (err: unknown) => {
  if (isUniqueViolation(err)) {
    return new AppError("CONFLICT", "slug already used", { messageKey: "slugTaken" });
  }
  return err;
};

const clean = (input: TCreateOrganizationInput) => ({
  name: input.name,
  nameZh: input.nameZh || null,
  slug: input.slug,
  countryIso3: input.countryIso3 ?? null,
  website: input.website || null,
});

export async function createOrganization(ctx: AuthedServiceContext, input: TCreateOrganizationInput) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(organization)
      .values(clean(input))
      .returning()
      .catch((err: unknown) => Promise.reject(slugTaken(err)));
    await recordAuditEvent(tx, ctx, {
      action: "organization.create",
      entityType: "organization",
      entityId: row!.id,
      after: row,
    });
    return row!;
  });
}

export async function updateOrganization(ctx: AuthedServiceContext, input: TUpdateOrganizationInput) {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(organization)
      .where(and(eq(organization.id, input.id), isNull(organization.deletedAt)));
    if (!before) throw notFound("organization");
    const [after] = await tx
      .update(organization)
      .set({ ...clean(input), version: input.version + 1, updatedAt: new Date() })
      .where(and(eq(organization.id, input.id), eq(organization.version, input.version)))
      .returning()
      .catch((err: unknown) => Promise.reject(slugTaken(err)));
    if (!after) throw staleVersion("organization", before);
    await recordAuditEvent(tx, ctx, {
      action: "organization.update",
      entityType: "organization",
      entityId: after.id,
      before,
      after,
    });
    return after;
  });
}

export async function setOrganizationDeleted(
  ctx: AuthedServiceContext,
  input: { id: string },
  deleted: boolean,
) {
  return db.transaction(async (tx) => {
    const [after] = await tx
      .update(organization)
      .set({ deletedAt: deleted ? new Date() : null, updatedAt: new Date() })
      .where(
        and(
          eq(organization.id, input.id),
          deleted ? isNull(organization.deletedAt) : isNotNull(organization.deletedAt),
        ),
      )
      .returning()
      .catch((err: unknown) => Promise.reject(slugTaken(err)));
    if (!after) throw notFound("organization");
    await recordAuditEvent(tx, ctx, {
      action: deleted ? "organization.delete" : "organization.restore",
      entityType: "organization",
      entityId: after.id,
      after: { deletedAt: after.deletedAt },
    });
    return after;
  });
}
