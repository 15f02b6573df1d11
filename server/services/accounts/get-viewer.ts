// The signed-in person's current role, loaded on every request so role changes and deactivation
// take effect at once (the session cookie holds only the user id and their session version).
import { and, eq, isNull, type SQL } from "drizzle-orm";
import { db } from "~/db/client";
import { membership, organization, user } from "~/db/schema";
import { type Viewer, can, holdsOrganization } from "~/server/auth/policy";

async function loadViewer(where: SQL | undefined): Promise<Viewer | null> {
  const [row] = await db
    .select({
      id: user.id,
      email: user.email,
      name: user.name,
      locale: user.locale,
      role: membership.role,
      organizationId: membership.organizationId,
      countryIso3: membership.countryIso3,
      twoFactorEnabledAt: user.twoFactorEnabledAt,
      organizationRequiresTwoFactor: organization.requireTwoFactor,
    })
    .from(user)
    .innerJoin(membership, and(eq(membership.userId, user.id), isNull(membership.endedAt)))
    .leftJoin(organization, eq(organization.id, membership.organizationId))
    .where(and(where, isNull(user.deactivatedAt)))
    .limit(1);
  if (!row) return null;
  const { twoFactorEnabledAt, organizationRequiresTwoFactor, ...viewer } = row;
  // Staff belong to no organisation (decision 015), even if an old membership row names one.
  const person = {
    ...viewer,
    organizationId: holdsOrganization(viewer.role) ? viewer.organizationId : null,
    mustEnrolTwoFactor: false,
  };
  const required = !can(person, "account.withoutSecondFactor", {
    organizationRequiresTwoFactor: !!organizationRequiresTwoFactor,
  });
  return { ...person, mustEnrolTwoFactor: required && !twoFactorEnabledAt };
}

/** The person by id, for server-side jobs and seeds (no session involved). */
export function getViewer(userId: string): Promise<Viewer | null> {
  return loadViewer(eq(user.id, userId));
}

/**
 * The person a session token names, only while the token's session version is current: a password
 * reset, a deactivation or a second-factor reset bumps the version and so ends every older session.
 */
export function getSessionViewer(session: { userId: string; sessionVersion: number }): Promise<Viewer | null> {
  return loadViewer(and(eq(user.id, session.userId), eq(user.sessionVersion, session.sessionVersion)));
}
