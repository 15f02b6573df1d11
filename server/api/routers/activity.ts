import { listActivity, ZListActivityInputSchema } from "~/server/services/activity/list-activity";
import { reviewSummary } from "~/server/services/collaboration/review-summary";
import { createTRPCRouter, permissionProcedure, publicProcedure } from "../trpc";

export const activityRouter = createTRPCRouter({
  /** The coalition-wide feed (signed-in coalition members see coalition and own-organisation lines). */
  list: permissionProcedure("collaboration.participate")
    .input(ZListActivityInputSchema)
    .query(({ ctx, input }) => listActivity(ctx.actor, input)),
  /** Public lines only, e.g. on a public country page. */
  public: publicProcedure.input(ZListActivityInputSchema).query(({ input }) => listActivity(null, input)),
  /** What waits for the secretariat's review (my-work page). */
  reviewSummary: permissionProcedure("record.review").query(({ ctx }) => reviewSummary(ctx.actor)),
});
