import {
  getRegionalOrganizationProfile,
  listRegionalOrganizations,
} from "~/server/services/regional-organizations/regional-organization-profile";
import {
  ZRegionalOrganizationListSchema,
  ZRegionalOrganizationProfileInputSchema,
  ZRegionalOrganizationProfileOutputSchema,
} from "~/server/services/regional-organizations/regional-organizations.types";
import { createTRPCRouter, publicProcedure } from "../trpc";

// Regional organisations as subjects (their progress, members, focal points): public whole.

export const regionalOrganizationsRouter = createTRPCRouter({
  list: publicProcedure
    .meta({ anonymousOutput: ZRegionalOrganizationListSchema })
    .output(ZRegionalOrganizationListSchema)
    .query(() => listRegionalOrganizations()),
  profile: publicProcedure
    .meta({ anonymousOutput: ZRegionalOrganizationProfileOutputSchema })
    .input(ZRegionalOrganizationProfileInputSchema)
    .output(ZRegionalOrganizationProfileOutputSchema)
    .query(({ input }) => getRegionalOrganizationProfile({ input })),
});
