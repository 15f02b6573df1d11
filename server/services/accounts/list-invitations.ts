import { count, desc, eq } from "drizzle-orm";
import { db } from "~/db/client";
import { invitation, organization } from "~/db/schema";

export async function listInvitations({ input }: { input: { page: number; pageSize: number } }) {
  const [items, [total]] = await Promise.all([
    db
      .select({
        id: invitation.id,
        email: invitation.email,
        role: invitation.role,
        organizationName: organization.name,
        countryIso3: invitation.countryIso3,
        expiresAt: invitation.expiresAt,
        acceptedAt: invitation.acceptedAt,
        revokedAt: invitation.revokedAt,
        createdAt: invitation.createdAt,
      })
      .from(invitation)
      .leftJoin(organization, eq(organization.id, invitation.organizationId))
      .orderBy(desc(invitation.createdAt))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize),
    db.select({ n: count() }).from(invitation),
  ]);
  return { items, total: Number(total?.n ?? 0), page: input.page, pageSize: input.pageSize };
}
