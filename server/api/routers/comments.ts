import {
  ZCommentIdInputSchema,
  ZCommentSubjectInputSchema,
  ZCreateCommentInputSchema,
  ZMentionableInputSchema,
  ZMyMentionsInputSchema,
  ZUpdateCommentInputSchema,
} from "~/server/services/comments/comment-schemas";
import { listComments, listMentionable, listMyMentions } from "~/server/services/comments/list-comments";
import { createComment, deleteComment, updateComment } from "~/server/services/comments/save-comment";
import { findUnitSubject, ZUnitSubjectInputSchema } from "~/server/services/comments/unit-subject";
import { createTRPCRouter, permissionProcedure } from "../trpc";

const coalition = permissionProcedure("collaboration.participate");

export const commentsRouter = createTRPCRouter({
  /** A subject's threads: top-level comments with their replies. */
  list: coalition.input(ZCommentSubjectInputSchema).query(({ ctx, input }) => listComments(ctx, input)),
  create: coalition.input(ZCreateCommentInputSchema).mutation(({ ctx, input }) => createComment(ctx, input)),
  update: coalition.input(ZUpdateCommentInputSchema).mutation(({ ctx, input }) => updateComment(ctx, input)),
  /** Authors delete their own; the secretariat may delete anyone's (policy "comment.moderate"). */
  delete: coalition.input(ZCommentIdInputSchema).mutation(({ ctx, input }) => deleteComment(ctx, input)),
  /** Comments that mention me, newest first. */
  mentions: coalition.input(ZMyMentionsInputSchema).query(({ ctx, input }) => listMyMentions(ctx, input)),
  /** People who can see the subject, for the @mention picker. */
  mentionable: coalition.input(ZMentionableInputSchema).query(({ ctx, input }) => listMentionable(ctx, input)),
  /** A document paragraph, by its reader address, as a discussion subject. */
  unitSubject: coalition.input(ZUnitSubjectInputSchema).query(({ input }) => findUnitSubject(input)),
});
