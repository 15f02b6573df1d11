// Joining an organisation is never silent: when someone becomes one of its people (an invitation
// accepted, an admin changing a membership), everyone already in it is told, in the app and by email
// per their settings, with the name of whoever let them in. This is what makes an invitation into
// someone else's organisation visible to that organisation (decision 016).
import { and, eq, inArray, isNull, ne } from "drizzle-orm";
import type { Tx } from "~/db/client";
import { membership, user } from "~/db/schema";
import { ORGANIZATION_ROLES } from "~/server/auth/policy";
import type { ServiceContext } from "~/server/services/context";
import { notify, type Outbox } from "./notify";

export interface MemberJoined {
  userId: string;
  organizationId: string;
  /** Who let them in: the inviter, or the admin who changed the membership. */
  addedBy: { id: string; name: string } | null;
}

export async function onMemberJoined(tx: Tx, ctx: ServiceContext, outbox: Outbox, joined: MemberJoined) {
  const [newcomer] = await tx.select({ name: user.name, email: user.email }).from(user).where(eq(user.id, joined.userId));
  const colleagues = await tx
    .select({ id: membership.userId })
    .from(membership)
    .where(
      and(
        eq(membership.organizationId, joined.organizationId),
        inArray(membership.role, [...ORGANIZATION_ROLES]),
        isNull(membership.endedAt),
        ne(membership.userId, joined.userId),
      ),
    );
  await notify(tx, ctx, outbox, {
    kind: "member_joined",
    subjectType: "organization",
    subjectId: joined.organizationId,
    recipientIds: colleagues.map((c) => c.id),
    payload: {
      // Name and address: colleagues must be able to tell a real colleague from an alias.
      memberName: newcomer?.name || newcomer?.email || "—",
      memberEmail: newcomer?.email ?? null,
      actorName: joined.addedBy?.name ?? null,
      addedById: joined.addedBy?.id ?? null,
    },
  });
}
