import { countryCatalogue, countryEvidence, countryNameOf, countryRecordsByYear, countryTrendOf } from "~/server/services/progress/country-page";
import {
  ZCountryCatalogueInputSchema,
  ZCountryCatalogueOutputSchema,
  ZCountryEvidenceInputSchema,
  ZCountryEvidenceOutputSchema,
  ZCountryRecordsByYearInputSchema,
  ZCountryRecordsByYearOutputSchema,
  ZCountryTrendInputSchema,
  ZCountryTrendOutputSchema,
} from "~/server/services/progress/country-catalogue.types";
import { getCountryProfile } from "~/server/services/progress/country-profile";
import {
  ZCountryNameInputSchema,
  ZCountryNameOutputSchema,
  ZCountryProfileInputSchema,
  ZCountryProfileOutputSchema,
} from "~/server/services/progress/country-progress.types";
import { parliamentCountryProgress } from "~/server/services/progress/parliament-country";
import { ZParliamentCountryInputSchema, ZParliamentCountryOutputSchema } from "~/server/services/progress/parliament-country.types";
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
  /** The live catalogue, each measure with the state's status (today, or as of a past day). */
  catalogue: publicProcedure
    .meta({ anonymousOutput: ZCountryCatalogueOutputSchema })
    .input(ZCountryCatalogueInputSchema)
    .output(ZCountryCatalogueOutputSchema)
    .query(({ input }) => countryCatalogue({ input })),
  /** The trend line: the score at the end of each of the past years, and today (by the rules). */
  trend: publicProcedure
    .meta({ anonymousOutput: ZCountryTrendOutputSchema })
    .input(ZCountryTrendInputSchema)
    .output(ZCountryTrendOutputSchema)
    .query(({ input }) => countryTrendOf({ input })),
  /** The published records that decided one measure's status in the state (the evidence page). */
  evidence: publicProcedure
    .meta({ anonymousOutput: ZCountryEvidenceOutputSchema })
    .input(ZCountryEvidenceInputSchema)
    .output(ZCountryEvidenceOutputSchema)
    .query(({ input }) => countryEvidence({ input })),
  /** The profile's timeline: published records per year and type. */
  recordsByYear: publicProcedure
    .meta({ anonymousOutput: ZCountryRecordsByYearOutputSchema })
    .input(ZCountryRecordsByYearInputSchema)
    .output(ZCountryRecordsByYearOutputSchema)
    .query(({ input }) => countryRecordsByYear({ input })),
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
  /** "Steps for parliamentarians": each step's status in the state and the records behind it. */
  parliamentSteps: publicProcedure
    .meta({ anonymousOutput: ZParliamentCountryOutputSchema })
    .input(ZParliamentCountryInputSchema)
    .output(ZParliamentCountryOutputSchema)
    .query(({ input }) => parliamentCountryProgress({ input })),
});
