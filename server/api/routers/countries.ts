import { getCountryProfile } from "~/server/services/progress/country-profile";
import { ZCountryProfileInputSchema, ZCountryProfileOutputSchema } from "~/server/services/progress/country-progress.types";
import { createTRPCRouter, publicProcedure } from "../trpc";

// A state's public pages and API: public whole, so the anonymous shape is the output itself.

export const countriesRouter = createTRPCRouter({
  profile: publicProcedure
    .meta({ anonymousOutput: ZCountryProfileOutputSchema })
    .input(ZCountryProfileInputSchema)
    .output(ZCountryProfileOutputSchema)
    .query(({ input }) => getCountryProfile({ input })),
});
