import { getMeasure } from "~/server/services/measures/get-measure";
import { listMeasures } from "~/server/services/measures/list-measures";
import { measureHistory, restoreMeasureRevision } from "~/server/services/measures/measure-history";
import { addMeasureSource, removeMeasureSource } from "~/server/services/measures/measure-sources";
import {
  ZAddMeasureSourceInputSchema,
  ZDocumentUnitsInputSchema,
  ZListMeasuresInputSchema,
  ZMeasureHistoryInputSchema,
  ZMeasureIdInputSchema,
  ZMeasureSlugInputSchema,
  ZMergeMeasuresInputSchema,
  ZRemoveMeasureSourceInputSchema,
  ZRestoreMeasureRevisionInputSchema,
  ZUpdateMeasureInputSchema,
} from "~/server/services/measures/measure-schemas";
import { mergeMeasures } from "~/server/services/measures/merge-measures";
import { parliamentSteps } from "~/server/services/measures/parliament-steps";
import { pickableUnits } from "~/server/services/measures/document-units";
import { setMeasureDeleted, updateMeasure } from "~/server/services/measures/update-measure";
import {
  ZGetMeasureOutputSchema,
  ZListMeasuresOutputSchema,
  ZMeasureTitlesInputSchema,
  ZMeasureTitlesOutputSchema,
  ZParliamentStepsOutputSchema,
} from "~/server/services/measures/measures.types";
import { measureQuotes, measureTitlesBySlug } from "~/server/services/progress/country-page";
import { ZMeasureQuotesInputSchema, ZMeasureQuotesOutputSchema } from "~/server/services/progress/country-catalogue.types";
import {
  ZMeasuresAddSourceOutputSchema,
  ZMeasuresDeleteOutputSchema,
  ZMeasuresHistoryOutputSchema,
  ZMeasuresMergeOutputSchema,
  ZMeasuresRemoveSourceOutputSchema,
  ZMeasuresRestoreOutputSchema,
  ZMeasuresRestoreRevisionOutputSchema,
  ZMeasuresUnitsOutputSchema,
  ZMeasuresUpdateOutputSchema,
} from "~/server/services/measures/edit-measures.types";
import { ZMeasureCountriesInputSchema, ZMeasureCountriesOutputSchema } from "~/server/services/progress/country-table.types";
import { measureCountries } from "~/server/services/progress/country-views";
import { loadCachedWorld } from "~/server/cache/as-of-cache";
import { createTRPCRouter, permissionProcedure, publicProcedure, revalidatesPublicPages } from "../trpc";

export const measuresRouter = createTRPCRouter({
  list: publicProcedure
    .meta({ anonymousOutput: ZListMeasuresOutputSchema })
    .input(ZListMeasuresInputSchema)
    .output(ZListMeasuresOutputSchema)
    .query(({ ctx, input }) => listMeasures({ ctx, input })),
  get: publicProcedure
    .meta({ anonymousOutput: ZGetMeasureOutputSchema })
    .input(ZMeasureSlugInputSchema)
    .output(ZGetMeasureOutputSchema)
    .query(({ ctx, input }) => getMeasure({ ctx, input })),
  parliamentSteps: publicProcedure
    .meta({ anonymousOutput: ZParliamentStepsOutputSchema })
    .output(ZParliamentStepsOutputSchema)
    .query(() => parliamentSteps()),
  titles: publicProcedure
    .meta({ anonymousOutput: ZMeasureTitlesOutputSchema })
    .input(ZMeasureTitlesInputSchema)
    .output(ZMeasureTitlesOutputSchema)
    .query(({ input }) => measureTitlesBySlug({ input })),
  /** The documents' words for these measures, by measure id (a state's "what remains"). */
  quotes: publicProcedure
    .meta({ anonymousOutput: ZMeasureQuotesOutputSchema })
    .input(ZMeasureQuotesInputSchema)
    .output(ZMeasureQuotesOutputSchema)
    .query(({ input }) => measureQuotes({ input })),
  /** A live measure's states by status (its page, embed and share image), today or as of a past day. */
  countriesByStatus: publicProcedure
    .meta({ anonymousOutput: ZMeasureCountriesOutputSchema })
    .input(ZMeasureCountriesInputSchema)
    .output(ZMeasureCountriesOutputSchema)
    .query(({ input }) => measureCountries({ input }, loadCachedWorld)),

  /** The add-source picker's list of units of one document. */
  units: permissionProcedure("measure.update")
    .input(ZDocumentUnitsInputSchema)
    .output(ZMeasuresUnitsOutputSchema)
    .query(({ input }) => pickableUnits({ input })),
  history: permissionProcedure("measure.update")
    .input(ZMeasureHistoryInputSchema)
    .output(ZMeasuresHistoryOutputSchema)
    .query(({ input }) => measureHistory({ input })),

  update: permissionProcedure("measure.update")
    .use(revalidatesPublicPages)
    .input(ZUpdateMeasureInputSchema)
    .output(ZMeasuresUpdateOutputSchema)
    .mutation(({ ctx, input }) => updateMeasure({ ctx, input })),
  addSource: permissionProcedure("measure.update")
    .use(revalidatesPublicPages)
    .input(ZAddMeasureSourceInputSchema)
    .output(ZMeasuresAddSourceOutputSchema)
    .mutation(({ ctx, input }) => addMeasureSource({ ctx, input })),
  removeSource: permissionProcedure("measure.update")
    .use(revalidatesPublicPages)
    .input(ZRemoveMeasureSourceInputSchema)
    .output(ZMeasuresRemoveSourceOutputSchema)
    .mutation(({ ctx, input }) => removeMeasureSource({ ctx, input })),
  restoreRevision: permissionProcedure("measure.update")
    .use(revalidatesPublicPages)
    .input(ZRestoreMeasureRevisionInputSchema)
    .output(ZMeasuresRestoreRevisionOutputSchema)
    .mutation(({ ctx, input }) => restoreMeasureRevision({ ctx, input })),
  merge: permissionProcedure("measure.merge")
    .use(revalidatesPublicPages)
    .input(ZMergeMeasuresInputSchema)
    .output(ZMeasuresMergeOutputSchema)
    .mutation(({ ctx, input }) => mergeMeasures({ ctx, input })),
  delete: permissionProcedure("measure.delete")
    .use(revalidatesPublicPages)
    .input(ZMeasureIdInputSchema)
    .output(ZMeasuresDeleteOutputSchema)
    .mutation(({ ctx, input }) => setMeasureDeleted({ ctx, input, deleted: true })),
  restore: permissionProcedure("measure.delete")
    .use(revalidatesPublicPages)
    .input(ZMeasureIdInputSchema)
    .output(ZMeasuresRestoreOutputSchema)
    .mutation(({ ctx, input }) => setMeasureDeleted({ ctx, input, deleted: false })),
});
