// Whether the signed-in person follows one subject (the follow button's state).
import { and, eq, isNull } from "drizzle-orm";
import { db } from "~/db/client";
import { follow } from "~/db/schema";
import type { AuthedServiceContext } from "~/server/services/context";
import type { TFollowStateOutput, TFollowSubjectInput } from "./follows.types";

export async function getFollow({ ctx, input }: { ctx: AuthedServiceContext; input: TFollowSubjectInput }): Promise<TFollowStateOutput> {
  const rows = await db
    .select({ id: follow.id })
    .from(follow)
    .where(
      and(
        eq(follow.userId, ctx.viewer.id),
        eq(follow.subjectType, input.subjectType),
        eq(follow.subjectKey, input.subjectKey),
        isNull(follow.endedAt),
      ),
    );
  return { subjectType: input.subjectType, subjectKey: input.subjectKey, following: rows.length > 0 };
}
