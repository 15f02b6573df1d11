// Following countries, measures and actions (decision 024): the button's state, the person's list, and the toggle.
import { getFollow } from "~/server/services/follows/get-follow";
import { listFollows } from "~/server/services/follows/list-follows";
import { setFollow } from "~/server/services/follows/set-follow";
import {
  ZFollowStateOutputSchema,
  ZFollowSubjectInputSchema,
  ZListFollowsInputSchema,
  ZListFollowsOutputSchema,
  ZSetFollowInputSchema,
} from "~/server/services/follows/follows.types";
import { createTRPCRouter, permissionProcedure } from "../trpc";

const following = permissionProcedure("follow.manage");

export const followsRouter = createTRPCRouter({
  status: following
    .input(ZFollowSubjectInputSchema)
    .output(ZFollowStateOutputSchema)
    .query(({ ctx, input }) => getFollow({ ctx, input })),
  list: following
    .input(ZListFollowsInputSchema)
    .output(ZListFollowsOutputSchema)
    .query(({ ctx, input }) => listFollows({ ctx, input })),
  set: following
    .input(ZSetFollowInputSchema)
    .output(ZFollowStateOutputSchema)
    .mutation(({ ctx, input }) => setFollow({ ctx, input })),
});
