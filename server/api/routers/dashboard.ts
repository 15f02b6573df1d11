import { dashboardOverview } from "~/server/services/progress/dashboard-overview";
import { ZDashboardInputSchema } from "~/server/services/progress/dashboard-schemas";
import { createTRPCRouter, permissionProcedure } from "../trpc";

export const dashboardRouter = createTRPCRouter({
  overview: permissionProcedure("dashboard.read")
    .input(ZDashboardInputSchema)
    .query(({ input }) => dashboardOverview(input)),
});
