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
import {
  ZCommentsCreateOutputSchema,
  ZCommentsDeleteOutputSchema,
  ZCommentsListOutputSchema,
  ZCommentsMentionableOutputSchema,
  ZCommentsMentionsOutputSchema,
  ZCommentsUnitSubjectOutputSchema,
  ZCommentsUpdateOutputSchema,
} from "~/server/services/comments/comments.types";
import { createTRPCRouter, permissionProcedure } from "../trpc";

const coalition = permissionProcedure("collaboration.participate");

export const commentsRouter = createTRPCRouter({
  /** A subject's threads: top-level comments with their replies. */
  list: coalition
    .input(ZCommentSubjectInputSchema)
    .output(ZCommentsListOutputSchema)
    .query(({ ctx, input }) => listComments({ ctx, input })),
  create: coalition
    .input(ZCreateCommentInputSchema)
    .output(ZCommentsCreateOutputSchema)
    .mutation(({ ctx, input }) => createComment({ ctx, input })),
  update: coalition
    .input(ZUpdateCommentInputSchema)
    .output(ZCommentsUpdateOutputSchema)
    .mutation(({ ctx, input }) => updateComment({ ctx, input })),
  /** Authors delete their own; the secretariat may delete anyone's (policy "comment.moderate"). */
  delete: coalition
    .input(ZCommentIdInputSchema)
    .output(ZCommentsDeleteOutputSchema)
    .mutation(({ ctx, input }) => deleteComment({ ctx, input })),
  /** Comments that mention me, newest first. */
  mentions: coalition
    .input(ZMyMentionsInputSchema)
    .output(ZCommentsMentionsOutputSchema)
    .query(({ ctx, input }) => listMyMentions({ ctx, input })),
  /** People who can see the subject, for the @mention picker. */
  mentionable: coalition
    .input(ZMentionableInputSchema)
    .output(ZCommentsMentionableOutputSchema)
    .query(({ ctx, input }) => listMentionable({ ctx, input })),
  /** A document paragraph, by its reader address, as a discussion subject. */
  unitSubject: coalition
    .input(ZUnitSubjectInputSchema)
    .output(ZCommentsUnitSubjectOutputSchema)
    .query(({ input }) => findUnitSubject({ input })),
});
