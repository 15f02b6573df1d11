import {
  listCountriesPage,
  ZListCountriesPageInputSchema,
} from "~/server/services/reference/list-countries-page";
import { listRegions } from "~/server/services/reference/list-regions";
import { getKeyFigures } from "~/server/services/reference/get-key-figures";
import { listCountries, listRegionalOrganizations } from "~/server/services/reference/list-countries";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const referenceRouter = createTRPCRouter({
  countries: publicProcedure.query(() => listCountries()),
  countriesPage: publicProcedure
    .input(ZListCountriesPageInputSchema)
    .query(({ input }) => listCountriesPage(input)),
  keyFigures: publicProcedure.query(() => getKeyFigures()),
  regions: publicProcedure.query(() => listRegions()),
  regionalOrganizations: publicProcedure.query(() => listRegionalOrganizations()),
});
