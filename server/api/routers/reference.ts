import { getKeyFigures } from "~/server/services/reference/get-key-figures";
import { listCountries, listRegionalOrganizations } from "~/server/services/reference/list-countries";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const referenceRouter = createTRPCRouter({
  countries: publicProcedure.query(() => listCountries()),
  keyFigures: publicProcedure.query(() => getKeyFigures()),
  regionalOrganizations: publicProcedure.query(() => listRegionalOrganizations()),
});
