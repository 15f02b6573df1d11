import { listCountries, listRegionalOrganizations } from "~/server/services/reference/list-countries";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const referenceRouter = createTRPCRouter({
  countries: publicProcedure.query(() => listCountries()),
  regionalOrganizations: publicProcedure.query(() => listRegionalOrganizations()),
});
