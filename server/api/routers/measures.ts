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
  ZParliamentStepsOutputSchema,
} from "~/server/services/measures/measures.types";
import { createTRPCRouter, permissionProcedure, publicProcedure, revalidatesPublicPages } from "../trpc";

export const measuresRouter = createTRPCRouter({
  list: publicProcedure
    .meta({ anonymousOutput: ZListMeasuresOutputSchema })
    .input(ZListMeasuresInputSchema)
    .output(ZListMeasuresOutputSchema)
    .query(({ ctx, input }) => listMeasures(ctx, input)),
  get: publicProcedure
    .meta({ anonymousOutput: ZGetMeasureOutputSchema })
    .input(ZMeasureSlugInputSchema)
    .output(ZGetMeasureOutputSchema)
    .query(({ ctx, input }) => getMeasure(ctx, input)),
  parliamentSteps: publicProcedure
    .meta({ anonymousOutput: ZParliamentStepsOutputSchema })
    .output(ZParliamentStepsOutputSchema)
    .query(() => parliamentSteps()),

  /** The add-source picker's list of units of one document. */
  units: permissionProcedure("measure.update").input(ZDocumentUnitsInputSchema).query(({ input }) => pickableUnits(input)),
  history: permissionProcedure("measure.update").input(ZMeasureHistoryInputSchema).query(({ input }) => measureHistory(input)),

  update: permissionProcedure("measure.update").use(revalidatesPublicPages)
    .input(ZUpdateMeasureInputSchema)
    .mutation(({ ctx, input }) => updateMeasure(ctx, input)),
  addSource: permissionProcedure("measure.update").use(revalidatesPublicPages)
    .input(ZAddMeasureSourceInputSchema)
    .mutation(({ ctx, input }) => addMeasureSource(ctx, input)),
  removeSource: permissionProcedure("measure.update").use(revalidatesPublicPages)
    .input(ZRemoveMeasureSourceInputSchema)
    .mutation(({ ctx, input }) => removeMeasureSource(ctx, input)),
  restoreRevision: permissionProcedure("measure.update").use(revalidatesPublicPages)
    .input(ZRestoreMeasureRevisionInputSchema)
    .mutation(({ ctx, input }) => restoreMeasureRevision(ctx, input)),
  merge: permissionProcedure("measure.merge").use(revalidatesPublicPages)
    .input(ZMergeMeasuresInputSchema)
    .mutation(({ ctx, input }) => mergeMeasures(ctx, input)),
  delete: permissionProcedure("measure.delete").use(revalidatesPublicPages)
    .input(ZMeasureIdInputSchema)
    .mutation(({ ctx, input }) => setMeasureDeleted(ctx, input, true)),
  restore: permissionProcedure("measure.delete").use(revalidatesPublicPages)
    .input(ZMeasureIdInputSchema)
    .mutation(({ ctx, input }) => setMeasureDeleted(ctx, input, false)),
});
