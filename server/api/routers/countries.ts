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
import { countryCard } from "~/server/services/open-data/embed-data";
import {
  ZCountryCardInputSchema,
  ZCountryCardOutputSchema,
  ZCountryFilterOptionsInputSchema,
  ZCountryFilterOptionsOutputSchema,
  ZCountryMapInputSchema,
  ZCountryMapOutputSchema,
  ZCountryTableOutputSchema,
  ZCountryTableViewInputSchema,
} from "~/server/services/progress/country-table.types";
import { countryFilterOptions, countryMap, countryTable } from "~/server/services/progress/country-views";
import { loadCachedWorld } from "~/server/cache/as-of-cache";
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
  /** The countries table: filters, sort and page, today or as of a past day (the day's world is cached). */
  table: publicProcedure
    .meta({ anonymousOutput: ZCountryTableOutputSchema })
    .input(ZCountryTableViewInputSchema)
    .output(ZCountryTableOutputSchema)
    .query(({ input }) => countryTable({ input }, loadCachedWorld)),
  /** The world map: every state's score and, for a measure, its status (today or as of a past day). */
  map: publicProcedure
    .meta({ anonymousOutput: ZCountryMapOutputSchema })
    .input(ZCountryMapInputSchema)
    .output(ZCountryMapOutputSchema)
    .query(({ input }) => countryMap({ input }, loadCachedWorld)),
  /** The choices of the countries page's filters. */
  filterOptions: publicProcedure
    .meta({ anonymousOutput: ZCountryFilterOptionsOutputSchema })
    .input(ZCountryFilterOptionsInputSchema)
    .output(ZCountryFilterOptionsOutputSchema)
    .query(({ input }) => countryFilterOptions({ input })),
  /** The embeddable card, share image and oEmbed title: overall score and key measures. */
  card: publicProcedure
    .meta({ anonymousOutput: ZCountryCardOutputSchema })
    .input(ZCountryCardInputSchema)
    .output(ZCountryCardOutputSchema)
    .query(({ input }) => countryCard({ input })),
});
