// Follow or stop following a country, a measure or an action. One row per (person, subject): stopping
// ends it (soft), following again reopens it. Idempotent: asking for the state one is in changes
// nothing and writes no second audit event.
import { and, eq } from "drizzle-orm";
import { db } from "~/db/client";
import { follow } from "~/db/schema";
import { notFound } from "~/server/errors";
import { recordAuditEvent } from "~/server/services/audit/record-audit-event";
import type { AuthedServiceContext } from "~/server/services/context";
import { followedSubject } from "./followable";
import type { TFollowStateOutput, TSetFollowInput } from "./follows.types";

export async function setFollow({ ctx, input }: { ctx: AuthedServiceContext; input: TSetFollowInput }): Promise<TFollowStateOutput> {
  const { subjectType, subjectKey } = input;
  return db.transaction(async (tx) => {
    // Stopping is always allowed (the subject may have become invisible since); starting is not.
    if (input.following && !(await followedSubject(tx, ctx.viewer, subjectType, subjectKey))) throw notFound(subjectType);
    const mine = and(eq(follow.userId, ctx.viewer.id), eq(follow.subjectType, subjectType), eq(follow.subjectKey, subjectKey));
    const [existing] = await tx.select().from(follow).where(mine);
    const wasFollowing = !!existing && !existing.endedAt;
    if (wasFollowing !== input.following) {
      const [row] = existing
        ? await tx
            .update(follow)
            .set(input.following ? { endedAt: null, createdAt: new Date() } : { endedAt: new Date() })
            .where(eq(follow.id, existing.id))
            .returning()
        : await tx.insert(follow).values({ userId: ctx.viewer.id, subjectType, subjectKey }).returning();
      await recordAuditEvent(tx, ctx, {
        action: input.following ? "follow.start" : "follow.stop",
        entityType: "follow",
        entityId: row!.id,
        after: { subjectType, subjectKey, following: input.following },
      });
    } else if (existing) {
      // Nothing changes, but the request is still a mutation: it says so in the trail.
      await recordAuditEvent(tx, ctx, {
        action: input.following ? "follow.start" : "follow.stop",
        entityType: "follow",
        entityId: existing.id,
        after: { subjectType, subjectKey, following: input.following, unchanged: true },
      });
    }
    return { subjectType, subjectKey, following: input.following };
  });
}
