import { countryNameOf } from "~/server/services/progress/country-page";
import { getCountryProfile } from "~/server/services/progress/country-profile";
import {
  ZCountryNameInputSchema,
  ZCountryNameOutputSchema,
  ZCountryProfileInputSchema,
  ZCountryProfileOutputSchema,
} from "~/server/services/progress/country-progress.types";
import { listCountryStatusChanges } from "~/server/services/progress/status-changes";
import { ZCountryStatusChangesInputSchema, ZCountryStatusChangesOutputSchema } from "~/server/services/progress/status-changes.types";
import { createTRPCRouter, publicProcedure } from "../trpc";

// A state's public pages and API: public whole, so the anonymous shape is the output itself.

export const countriesRouter = createTRPCRouter({
  profile: publicProcedure
    .meta({ anonymousOutput: ZCountryProfileOutputSchema })
    .input(ZCountryProfileInputSchema)
    .output(ZCountryProfileOutputSchema)
    .query(({ input }) => getCountryProfile({ input })),
  name: publicProcedure
    .meta({ anonymousOutput: ZCountryNameOutputSchema })
    .input(ZCountryNameInputSchema)
    .output(ZCountryNameOutputSchema)
    .query(({ input }) => countryNameOf({ input })),
  statusChanges: publicProcedure
    .meta({ anonymousOutput: ZCountryStatusChangesOutputSchema })
    .input(ZCountryStatusChangesInputSchema)
    .output(ZCountryStatusChangesOutputSchema)
    .query(({ input }) => listCountryStatusChanges({ input })),
});
