import { dashboardOverview } from "~/server/services/progress/dashboard-overview";
import { ZDashboardInputSchema } from "~/server/services/progress/dashboard-schemas";
import { ZDashboardOverviewOutputSchema } from "~/server/services/progress/dashboard-overview.types";
import { createTRPCRouter, permissionProcedure } from "../trpc";

export const dashboardRouter = createTRPCRouter({
  overview: permissionProcedure("dashboard.read")
    .input(ZDashboardInputSchema)
    .output(ZDashboardOverviewOutputSchema)
    .query(({ input }) => dashboardOverview({ input })),
});
