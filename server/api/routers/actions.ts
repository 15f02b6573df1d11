import { getAction } from "~/server/services/advocacy/get-action";
import { exportActions } from "~/server/services/advocacy/export-actions";
import { listActions } from "~/server/services/advocacy/list-actions";
import { listPublicActions } from "~/server/services/advocacy/public-actions";
import {
  ZActionIdInputSchema,
  ZCreateActionInputSchema,
  ZExportActionsInputSchema,
  ZListActionsInputSchema,
  ZPublicActionsQuerySchema,
  ZUpdateActionInputSchema,
} from "~/server/services/advocacy/action-schemas";
import { createAction, deleteAction, updateAction } from "~/server/services/advocacy/save-action";
import {
  ZGetActionOutputSchema,
  ZListActionsOutputSchema,
  ZPublicActionDetailSchema,
  ZPublicActionsOutputSchema,
  ZPublicListActionsOutputSchema,
} from "~/server/services/advocacy/actions.types";
import { ZFileDownloadSchema } from "~/server/services/common.types";
import {
  ZActionsCreateOutputSchema,
  ZActionsDeleteOutputSchema,
  ZActionsUpdateOutputSchema,
} from "~/server/services/advocacy/save-action.types";
import { createTRPCRouter, permissionProcedure, publicProcedure, revalidatesPublicPages } from "../trpc";

// Advocacy actions. Reads are public procedures: the visibility rule in the services' where clauses
// decides what each caller (anonymous: public actions only) gets. Mutations drop the cached public
// pages (country profiles list public actions), whatever the action's visibility: it may just have
// stopped being public.
export const actionsRouter = createTRPCRouter({
  list: publicProcedure
    .meta({ anonymousOutput: ZPublicListActionsOutputSchema })
    .input(ZListActionsInputSchema)
    .output(ZListActionsOutputSchema)
    .query(({ ctx, input }) => listActions({ ctx, input })),
  /** Public actions only, whoever asks: for public pages (the country page) seen by signed-in people too. */
  public: publicProcedure
    .meta({ anonymousOutput: ZPublicListActionsOutputSchema })
    .input(ZPublicActionsQuerySchema)
    .output(ZListActionsOutputSchema)
    .query(({ input }) => listActions({ ctx: { viewer: null }, input })),
  /** Public actions with their targets, measures and records: GET /api/v1/actions and the open data. */
  published: publicProcedure
    .meta({ anonymousOutput: ZPublicActionsOutputSchema })
    .input(ZPublicActionsQuerySchema)
    .output(ZPublicActionsOutputSchema)
    .query(({ input }) => listPublicActions({ input })),
  get: publicProcedure
    .meta({ anonymousOutput: ZPublicActionDetailSchema })
    .input(ZActionIdInputSchema)
    .output(ZGetActionOutputSchema)
    .query(({ ctx, input }) => getAction({ ctx, input })),
  /** The filtered list as CSV or JSON: only what the caller may see. */
  export: publicProcedure
    .meta({ anonymousOutput: ZFileDownloadSchema })
    .input(ZExportActionsInputSchema)
    .output(ZFileDownloadSchema)
    .query(({ ctx, input }) => exportActions({ ctx, input })),

  create: permissionProcedure("action.create")
    .use(revalidatesPublicPages)
    .input(ZCreateActionInputSchema)
    .output(ZActionsCreateOutputSchema)
    .mutation(({ ctx, input }) => createAction({ ctx, input })),
  update: permissionProcedure("action.update")
    .use(revalidatesPublicPages)
    .input(ZUpdateActionInputSchema)
    .output(ZActionsUpdateOutputSchema)
    .mutation(({ ctx, input }) => updateAction({ ctx, input })),
  delete: permissionProcedure("action.delete")
    .use(revalidatesPublicPages)
    .input(ZActionIdInputSchema)
    .output(ZActionsDeleteOutputSchema)
    .mutation(({ ctx, input }) => deleteAction({ ctx, input })),
});
