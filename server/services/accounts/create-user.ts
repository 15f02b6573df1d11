// Creates a person with their one membership. Used by invitations, the CLI and the sample seed.
import type { Locale } from "~/db/locales";
import { user, membership } from "~/db/schema";
import type { Queryable } from "~/db/client";
import type { Role } from "~/server/auth/policy";
import { AppError, isUniqueViolation } from "~/server/errors";
import { recordAuditEvent } from "~/server/services/audit/record-audit-event";
import type { ServiceContext } from "~/server/services/context";

export interface NewUser {
  email: string;
  name: string;
  passwordHash: string;
  locale: Locale;
  role: Role;
  organizationId?: string | null;
  countryIso3?: string | null;
  isSample?: boolean;
}

export async function createUserWithMembership(tx: Queryable, ctx: ServiceContext, input: NewUser) {
  const email = input.email.trim().toLowerCase();
  const created = await tx
    .insert(user)
    .values({
      email,
      name: input.name,
      passwordHash: input.passwordHash,
      locale: input.locale,
      isSample: input.isSample ?? false,
    })
    .returning()
    .catch((err: unknown) => {
      if (isUniqueViolation(err)) {
        throw new AppError("CONFLICT", "email already registered", { messageKey: "emailTaken" });
      }
      throw err;
    });
  const row = created[0]!;
  const [m] = await tx
    .insert(membership)
    .values({
      userId: row.id,
      role: input.role,
      organizationId: input.organizationId ?? null,
      countryIso3: input.countryIso3 ?? null,
    })
    .returning();
  await recordAuditEvent(tx, ctx, {
    action: "user.create",
    entityType: "user",
    entityId: row.id,
    after: { ...row, membership: m },
  });
  return row;
}
