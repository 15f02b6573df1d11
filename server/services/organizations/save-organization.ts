// Create, edit (version-checked), soft-delete and restore coalition organisations.
import { and, eq, isNotNull, isNull } from "drizzle-orm";
import { db, type Tx } from "~/db/client";
import { country, organization } from "~/db/schema";
import { AppError, fieldError, isUniqueViolation, notFound, staleVersion } from "~/server/errors";
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
  slug: input.slug,
  countryIso3: input.countryIso3 ?? null,
  website: input.website || null,
});

/** A well-formed code that names no country is the caller's mistake (a 400 on the field), not a 500. */
async function assertKnownCountry(tx: Tx, iso3: string | null | undefined) {
  if (!iso3) return;
  const [found] = await tx.select({ iso3: country.iso3 }).from(country).where(eq(country.iso3, iso3));
  if (!found) throw fieldError("countryIso3", "unknownCountry", "unknown country");
}

export async function createOrganization({ ctx, input }: { ctx: AuthedServiceContext; input: TCreateOrganizationInput }) {
  return db.transaction(async (tx) => {
    await assertKnownCountry(tx, input.countryIso3);
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

export async function updateOrganization({ ctx, input }: { ctx: AuthedServiceContext; input: TUpdateOrganizationInput }) {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(organization)
      .where(and(eq(organization.id, input.id), isNull(organization.deletedAt)));
    if (!before) throw notFound("organization");
    await assertKnownCountry(tx, input.countryIso3);
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
  { ctx, input, deleted }: { ctx: AuthedServiceContext; input: { id: string }; deleted: boolean },
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
