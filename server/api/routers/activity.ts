import { listActivity, ZListActivityInputSchema } from "~/server/services/activity/list-activity";
import { listPublicActivity } from "~/server/services/activity/public-activity";
import { reviewSummary } from "~/server/services/collaboration/review-summary";
import {
  ZListActivityOutputSchema,
  ZPublicActivityOutputSchema,
} from "~/server/services/activity/list-activity.types";
import { ZActivityReviewSummaryOutputSchema } from "~/server/services/collaboration/review-summary.types";
import { createTRPCRouter, permissionProcedure, publicProcedure } from "../trpc";

export const activityRouter = createTRPCRouter({
  /** The coalition-wide feed (signed-in coalition members see coalition and own-organisation lines). */
  list: permissionProcedure("collaboration.participate")
    .input(ZListActivityInputSchema)
    .output(ZListActivityOutputSchema)
    .query(({ ctx, input }) => listActivity({ ctx, input })),
  /** Public lines only, e.g. on a public country page. */
  public: publicProcedure
    .meta({ anonymousOutput: ZPublicActivityOutputSchema })
    .input(ZListActivityInputSchema)
    .output(ZPublicActivityOutputSchema)
    .query(({ input }) => listPublicActivity({ input })),
  /** What waits for the secretariat's review (my-work page). */
  reviewSummary: permissionProcedure("record.review")
    .output(ZActivityReviewSummaryOutputSchema)
    .query(({ ctx }) => reviewSummary({ ctx })),
});
