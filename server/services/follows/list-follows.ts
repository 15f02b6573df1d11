// What the signed-in person follows, newest first, with titles and links. A followed action they may
// no longer see is left out of the page (and they hear nothing more of it: notify.ts filters too).
import { and, count, desc, eq, isNull } from "drizzle-orm";
import { db } from "~/db/client";
import { follow } from "~/db/schema";
import type { AuthedServiceContext } from "~/server/services/context";
import { followedSubject } from "./followable";
import type { TListFollowsInput, TListFollowsOutput } from "./follows.types";

export async function listFollows({ ctx, input }: { ctx: AuthedServiceContext; input: TListFollowsInput }): Promise<TListFollowsOutput> {
  const mine = and(eq(follow.userId, ctx.viewer.id), isNull(follow.endedAt));
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(follow)
      .where(mine)
      .orderBy(desc(follow.createdAt), desc(follow.id))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize),
    db.select({ n: count() }).from(follow).where(mine),
  ]);
  const items: TListFollowsOutput["items"] = [];
  for (const row of rows) {
    const subject = await followedSubject(db, ctx.viewer, row.subjectType, row.subjectKey);
    if (subject) items.push({ id: row.id, subjectType: row.subjectType, subjectKey: row.subjectKey, ...subject, createdAt: row.createdAt });
  }
  return { items, total: Number(total?.n ?? 0), page: input.page, pageSize: input.pageSize };
}
