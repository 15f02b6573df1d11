// Output schema of the secretariat's review summary.
// Generated from the services' return types, then kept by hand: a change in what a service
// returns must be mirrored here (tsc checks the service against the schema at the router).
import { z } from "zod";

export const ZActivityReviewSummaryOutputSchema = z.object({
  count: z.number(),
  oldestDays: z.number().nullable(),
});
export type TActivityReviewSummaryOutput = z.infer<typeof ZActivityReviewSummaryOutputSchema>;
