// The organisation and country a role assignment names must exist: a name that points at nothing is
// the caller's mistake (a 4xx on the field), not a foreign-key 500. Shared by invitations and role changes.
import { and, eq, isNull } from "drizzle-orm";
import type { Queryable } from "~/db/client";
import { country, organization } from "~/db/schema";
import { AppError } from "~/server/errors";

export async function assertAssignmentTargetsExist(
  q: Queryable,
  target: { organizationId?: string | null; countryIso3?: string | null },
) {
  if (target.organizationId) {
    const [org] = await q
      .select({ id: organization.id })
      .from(organization)
      .where(and(eq(organization.id, target.organizationId), isNull(organization.deletedAt)));
    if (!org) throw new AppError("VALIDATION", "unknown organisation", { messageKey: "unknownOrganization" });
  }
  if (target.countryIso3) {
    const [c] = await q.select({ iso3: country.iso3 }).from(country).where(eq(country.iso3, target.countryIso3));
    if (!c) throw new AppError("VALIDATION", "unknown country", { messageKey: "unknownCountry" });
  }
}
