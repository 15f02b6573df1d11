// The signed-in person's current role, loaded on every request so role changes and deactivation
// take effect at once (the session cookie holds only the user id).
import { and, eq, isNull } from "drizzle-orm";
import { db } from "~/db/client";
import { membership, user } from "~/db/schema";
import { type Actor, holdsOrganization } from "~/server/auth/policy";

export async function getActor(userId: string): Promise<Actor | null> {
  const [row] = await db
    .select({
      id: user.id,
      email: user.email,
      name: user.name,
      locale: user.locale,
      role: membership.role,
      organizationId: membership.organizationId,
      countryIso3: membership.countryIso3,
    })
    .from(user)
    .innerJoin(membership, and(eq(membership.userId, user.id), isNull(membership.endedAt)))
    .where(and(eq(user.id, userId), isNull(user.deactivatedAt)))
    .limit(1);
  if (!row) return null;
  // Staff belong to no organisation (decision 013), even if an old membership row names one.
  return { ...row, organizationId: holdsOrganization(row.role) ? row.organizationId : null };
}
