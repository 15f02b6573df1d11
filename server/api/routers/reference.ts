import {
  listCountriesPage,
  ZListCountriesPageInputSchema,
} from "~/server/services/reference/list-countries-page";
import { listRegions } from "~/server/services/reference/list-regions";
import { getKeyFigures } from "~/server/services/reference/get-key-figures";
import { listCountries, listRegionalOrganizations } from "~/server/services/reference/list-countries";
import { ZListCountriesPageOutputSchema } from "~/server/services/progress/country-progress.types";
import {
  ZGetKeyFiguresOutputSchema,
  ZListCountriesOutputSchema,
  ZListRegionalOrganizationsOutputSchema,
  ZListRegionsOutputSchema,
} from "~/server/services/reference/reference.types";
import { createTRPCRouter, publicProcedure } from "../trpc";

// Reference data is public whole: the anonymous shape is the output itself.

export const referenceRouter = createTRPCRouter({
  countries: publicProcedure
    .meta({ anonymousOutput: ZListCountriesOutputSchema })
    .output(ZListCountriesOutputSchema)
    .query(() => listCountries()),
  countriesPage: publicProcedure
    .meta({ anonymousOutput: ZListCountriesPageOutputSchema })
    .input(ZListCountriesPageInputSchema)
    .output(ZListCountriesPageOutputSchema)
    .query(({ input }) => listCountriesPage({ input })),
  keyFigures: publicProcedure
    .meta({ anonymousOutput: ZGetKeyFiguresOutputSchema })
    .output(ZGetKeyFiguresOutputSchema)
    .query(() => getKeyFigures()),
  regions: publicProcedure
    .meta({ anonymousOutput: ZListRegionsOutputSchema })
    .output(ZListRegionsOutputSchema)
    .query(() => listRegions()),
  regionalOrganizations: publicProcedure
    .meta({ anonymousOutput: ZListRegionalOrganizationsOutputSchema })
    .output(ZListRegionalOrganizationsOutputSchema)
    .query(() => listRegionalOrganizations()),
});
