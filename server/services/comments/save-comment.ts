// Comments: post (with one level of replies), edit one's own (version-checked), delete one's own —
// the secretariat may delete anyone's. Soft deletes, every change audited. Mentions of people who
// may not see the subject are silently dropped (no mention row, no notification): the comment still
// posts, and nobody learns about a subject they may not see.
import { and, eq, isNull } from "drizzle-orm";
import type { Tx } from "~/db/client";
import { comment, commentMention } from "~/db/schema";
import type { TCommentSubject } from "~/db/schema/advocacy-vocabulary";
import { can } from "~/server/auth/policy";
import { forbidden, notFound, staleVersion } from "~/server/errors";
import { mentionedUserIds } from "~/server/markup/comment-markup";
import { recordActivity } from "~/server/services/activity/record-activity";
import { recordAuditEvent } from "~/server/services/audit/record-audit-event";
import {
  assertCanSeeSubject,
  collaborationVisibility,
  filterAudience,
  subjectInfo,
} from "~/server/services/collaboration/subject-access";
import type { AuthedServiceContext } from "~/server/services/context";
import { notify, type Outbox, notifyingTransaction } from "~/server/services/notifications/notify";
import type { TCreateCommentInput, TUpdateCommentInput } from "./comment-schemas";

type CommentRow = typeof comment.$inferSelect;

/** Writes the mention rows for people who may see the subject; notifies the ones not mentioned before. */
async function syncMentions(tx: Tx, ctx: AuthedServiceContext, outbox: Outbox, row: CommentRow, previously: string[] = []) {
  const subjectType = row.subjectType as TCommentSubject;
  const allowed = await filterAudience(tx, subjectType, row.subjectId, mentionedUserIds(row.body), { coalitionOnly: true });
  await tx.delete(commentMention).where(eq(commentMention.commentId, row.id));
  if (allowed.length > 0) await tx.insert(commentMention).values(allowed.map((userId) => ({ commentId: row.id, userId })));
  const fresh = allowed.filter((id) => !previously.includes(id));
  await notify(tx, ctx, outbox, {
    kind: "mentioned",
    subjectType,
    subjectId: row.subjectId,
    recipientIds: fresh,
    payload: { commentId: row.id, excerpt: row.body.slice(0, 200) },
  });
  return allowed;
}

export async function createComment({ ctx, input }: { ctx: AuthedServiceContext; input: TCreateCommentInput }) {
  return notifyingTransaction(async (tx, outbox) => {
    await assertCanSeeSubject(ctx.viewer, input.subjectType, input.subjectId, tx);
    if (input.parentId) {
      const [parent] = await tx
        .select({ id: comment.id, parentId: comment.parentId })
        .from(comment)
        .where(
          and(eq(comment.id, input.parentId), eq(comment.subjectType, input.subjectType), eq(comment.subjectId, input.subjectId), isNull(comment.deletedAt)),
        );
      if (!parent) throw notFound("comment");
      // One level of replies: a reply to a reply joins its thread.
      input = { ...input, parentId: parent.parentId ?? parent.id };
    }
    const [row] = await tx
      .insert(comment)
      .values({ subjectType: input.subjectType, subjectId: input.subjectId, parentId: input.parentId, authorId: ctx.viewer.id, body: input.body })
      .returning();
    const mentions = await syncMentions(tx, ctx, outbox, row!);
    await recordAuditEvent(tx, ctx, { action: "comment.create", entityType: "comment", entityId: row!.id, after: { ...row, mentions } });
    const info = await subjectInfo(tx, input.subjectType, input.subjectId);
    if (info) {
      await recordActivity(tx, ctx, {
        verb: "comment.created",
        subjectType: input.subjectType,
        subjectId: input.subjectId,
        organizationId: info.organizationId,
        visibility: collaborationVisibility(info.visibility),
        countryIso3s: info.countryIso3s,
        summary: { title: info.title, href: info.href, commentId: row!.id },
      });
    }
    return row!;
  });
}

async function loadOwnComment(tx: Tx, ctx: AuthedServiceContext, id: string, moderate: boolean) {
  const [row] = await tx.select().from(comment).where(and(eq(comment.id, id), isNull(comment.deletedAt)));
  if (!row) throw notFound("comment");
  await assertCanSeeSubject(ctx.viewer, row.subjectType as TCommentSubject, row.subjectId, tx);
  const mayModerate = moderate && can(ctx.viewer, "comment.moderate");
  if (row.authorId !== ctx.viewer.id && !mayModerate) throw forbidden(moderate ? "comment.delete" : "comment.update");
  return row;
}

export async function updateComment({ ctx, input }: { ctx: AuthedServiceContext; input: TUpdateCommentInput }) {
  return notifyingTransaction(async (tx, outbox) => {
    const before = await loadOwnComment(tx, ctx, input.id, false);
    if (before.version !== input.version) throw staleVersion("comment", before);
    const previously = (await tx.select({ userId: commentMention.userId }).from(commentMention).where(eq(commentMention.commentId, before.id))).map(
      (m) => m.userId,
    );
    const [after] = await tx
      .update(comment)
      .set({ body: input.body, version: before.version + 1, editedAt: new Date() })
      .where(and(eq(comment.id, input.id), eq(comment.version, input.version)))
      .returning();
    if (!after) throw staleVersion("comment", before);
    const mentions = await syncMentions(tx, ctx, outbox, after, previously);
    await recordAuditEvent(tx, ctx, { action: "comment.update", entityType: "comment", entityId: after.id, before, after: { ...after, mentions } });
    return after;
  });
}

export async function deleteComment({ ctx, input }: { ctx: AuthedServiceContext; input: { id: string } }) {
  return notifyingTransaction(async (tx) => {
    const before = await loadOwnComment(tx, ctx, input.id, true);
    const [after] = await tx.update(comment).set({ deletedAt: new Date() }).where(eq(comment.id, before.id)).returning();
    await recordAuditEvent(tx, ctx, { action: "comment.delete", entityType: "comment", entityId: before.id, before, after: { deletedAt: after!.deletedAt } });
    return { id: before.id };
  });
}

