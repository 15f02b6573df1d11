// A subject's discussion (top-level comments, each with its replies, oldest first), the comments
// that mention me, and the people I may mention on a subject (those who can see it and whom I
// already know of there: the picker must not be a way to discover the coalition's people).
import { and, asc, count, desc, eq, ilike, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import { db } from "~/db/client";
import { advocacyAction, advocacyActionAuthor, comment, commentMention, membership, record, task, user } from "~/db/schema";
import type { TCommentSubject } from "~/db/schema/advocacy-vocabulary";
import { type Viewer, can, ORGANIZATION_ROLES } from "~/server/auth/policy";
import { visibleActionsWhere } from "~/server/services/advocacy/action-visibility";
import { assertCanSeeSubject, subjectAudience, subjectInfo } from "~/server/services/collaboration/subject-access";
import type { AuthedServiceContext } from "~/server/services/context";
import { visibleWhere } from "~/server/services/records/record-access";
import type { z } from "zod";
import type { ZCommentSubjectInputSchema, ZMentionableInputSchema, ZMyMentionsInputSchema } from "./comment-schemas";

export async function listComments({ ctx, input }: { ctx: AuthedServiceContext; input: z.infer<typeof ZCommentSubjectInputSchema> }) {
  await assertCanSeeSubject(ctx.viewer, input.subjectType, input.subjectId);
  const rows = await db
    .select({ comment, authorName: user.name })
    .from(comment)
    .innerJoin(user, eq(user.id, comment.authorId))
    .where(and(eq(comment.subjectType, input.subjectType), eq(comment.subjectId, input.subjectId)))
    .orderBy(asc(comment.createdAt))
    .limit(1000);
  const ids = rows.map((r) => r.comment.id);
  const mentions = ids.length
    ? await db
        .select({ commentId: commentMention.commentId, userId: commentMention.userId, name: user.name })
        .from(commentMention)
        .innerJoin(user, eq(user.id, commentMention.userId))
        .where(inArray(commentMention.commentId, ids))
    : [];
  const moderator = can(ctx.viewer, "comment.moderate");
  const items = rows.map(({ comment: c, authorName }) => {
    const deleted = !!c.deletedAt;
    return {
      id: c.id,
      parentId: c.parentId,
      authorId: c.authorId,
      authorName,
      // A deleted comment keeps its place (its replies still make sense) but not its words.
      body: deleted ? "" : c.body,
      deleted,
      version: c.version,
      createdAt: c.createdAt,
      editedAt: c.editedAt,
      mentions: deleted ? [] : mentions.filter((m) => m.commentId === c.id).map(({ userId, name }) => ({ userId, name })),
      may: { edit: !deleted && c.authorId === ctx.viewer.id, delete: !deleted && (c.authorId === ctx.viewer.id || moderator) },
    };
  });
  type Item = (typeof items)[number];
  const threads = items
    .filter((c) => !c.parentId)
    .map((c) => ({ ...c, replies: items.filter((r) => r.parentId === c.id) }))
    // A deleted comment nobody answered is simply gone.
    .filter((c) => !c.deleted || c.replies.some((r: Item) => !r.deleted))
    .map((c) => ({ ...c, replies: c.replies.filter((r: Item) => !r.deleted) }));
  return threads;
}

/** Comments mentioning me whose subject I can still see, newest first. */
export async function listMyMentions({ ctx, input }: { ctx: AuthedServiceContext; input: z.infer<typeof ZMyMentionsInputSchema> }) {
  const where = and(
    eq(commentMention.userId, ctx.viewer.id),
    isNull(comment.deletedAt),
    or(
      and(eq(comment.subjectType, "record"), visibleWhere(ctx.viewer)),
      and(eq(comment.subjectType, "action"), visibleActionsWhere(ctx.viewer)),
      inArray(comment.subjectType, ["measure", "unit"]),
    ),
  );
  const base = () =>
    db
      .select({ comment, authorName: user.name })
      .from(commentMention)
      .innerJoin(comment, eq(comment.id, commentMention.commentId))
      .innerJoin(user, eq(user.id, comment.authorId))
      .leftJoin(record, and(eq(comment.subjectType, "record"), eq(record.id, comment.subjectId)))
      .leftJoin(advocacyAction, and(eq(comment.subjectType, "action"), eq(advocacyAction.id, comment.subjectId)));
  const rows = await base()
    .where(where)
    .orderBy(desc(comment.createdAt))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  const [total] = await db
    .select({ n: count() })
    .from(commentMention)
    .innerJoin(comment, eq(comment.id, commentMention.commentId))
    .leftJoin(record, and(eq(comment.subjectType, "record"), eq(record.id, comment.subjectId)))
    .leftJoin(advocacyAction, and(eq(comment.subjectType, "action"), eq(advocacyAction.id, comment.subjectId)))
    .where(where);
  const items = [];
  for (const { comment: c, authorName } of rows) {
    const info = await subjectInfo(db, c.subjectType as TCommentSubject, c.subjectId);
    items.push({
      id: c.id,
      authorName,
      body: c.body,
      createdAt: c.createdAt,
      subjectType: c.subjectType,
      subjectTitle: info?.title ?? { zh: "", en: "" },
      href: info?.href ?? "/",
    });
  }
  return { items, total: total?.n ?? 0, page: input.page, pageSize: input.pageSize };
}

/** At most this many suggestions: a picker, not a directory. */
export const MENTIONABLE_LIMIT = 8;

/**
 * People the caller already knows of on this subject — never a way to discover anyone else:
 * staff know everyone (they list all people anyway); a member knows their own organisation and
 * whoever already takes part in this subject (its authors, commenters, people on its tasks, staff
 * included). A member of another organisation who has not joined the discussion stays unknown.
 */
function knownOnSubject(viewer: Viewer, subjectType: TCommentSubject, subjectId: string): SQL | undefined {
  if (can(viewer, "user.read", { organizationId: null })) return undefined;
  const onSubject = (t: typeof comment | typeof task) => and(eq(t.subjectType, subjectType), eq(t.subjectId, subjectId));
  return or(
    viewer.organizationId ? and(eq(membership.organizationId, viewer.organizationId), inArray(membership.role, [...ORGANIZATION_ROLES])) : undefined,
    inArray(user.id, db.select({ id: comment.authorId }).from(comment).where(and(onSubject(comment), isNull(comment.deletedAt)))),
    inArray(user.id, db.select({ id: task.assigneeId }).from(task).where(and(onSubject(task), isNull(task.deletedAt)))),
    inArray(user.id, db.select({ id: task.createdById }).from(task).where(and(onSubject(task), isNull(task.deletedAt)))),
    subjectType === "action"
      ? inArray(user.id, db.select({ id: advocacyActionAuthor.userId }).from(advocacyActionAuthor).where(eq(advocacyActionAuthor.actionId, subjectId)))
      : undefined,
    subjectType === "record" ? inArray(user.id, db.select({ id: record.createdById }).from(record).where(eq(record.id, subjectId))) : undefined,
  );
}

/**
 * The mention (and assignee) picker: active coalition people who can see the subject and whom the
 * caller already knows of there, matched by name only — never by email, never returning one.
 */
export async function listMentionable({ ctx, input }: { ctx: AuthedServiceContext; input: z.infer<typeof ZMentionableInputSchema> }) {
  await assertCanSeeSubject(ctx.viewer, input.subjectType, input.subjectId);
  const audience = await subjectAudience(db, input.subjectType, input.subjectId);
  const q = input.q.replace(/[%_\\]/g, (c) => `\\${c}`);
  return db
    .select({ id: user.id, name: user.name })
    .from(user)
    .innerJoin(membership, and(eq(membership.userId, user.id), isNull(membership.endedAt)))
    .where(
      and(
        isNull(user.deactivatedAt),
        inArray(membership.role, ["member", "secretariat", "admin"]),
        audience,
        knownOnSubject(ctx.viewer, input.subjectType, input.subjectId),
        sql`${user.id} <> ${ctx.viewer.id}`,
        q ? ilike(user.name, `%${q}%`) : undefined,
      ),
    )
    .orderBy(asc(user.name))
    .limit(MENTIONABLE_LIMIT);
}
