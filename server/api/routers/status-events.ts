// Dated status history of commitments and parliamentary actions (decision 025).
import { decideStatusEvent } from "~/server/services/status-events/decide-status-event";
import { listStatusEvents, statusEventQueue } from "~/server/services/status-events/list-status-events";
import { proposeStatusEvent } from "~/server/services/status-events/propose-status-event";
import {
  ZDecideStatusEventInputSchema,
  ZListStatusEventsInputSchema,
  ZProposeStatusEventInputSchema,
  ZPublicStatusEventListOutputSchema,
  ZStatusEventListOutputSchema,
  ZStatusEventQueueInputSchema,
  ZStatusEventQueueOutputSchema,
  ZStatusEventSchema,
} from "~/server/services/status-events/status-events.types";
import { createTRPCRouter, permissionProcedure, publicProcedure, revalidatesPublicPages } from "../trpc";

export const statusEventsRouter = createTRPCRouter({
  list: publicProcedure
    .meta({ anonymousOutput: ZPublicStatusEventListOutputSchema })
    .input(ZListStatusEventsInputSchema)
    .output(ZStatusEventListOutputSchema)
    .query(({ ctx, input }) => listStatusEvents({ ctx, input })),
  propose: permissionProcedure("record.propose")
    .use(revalidatesPublicPages)
    .input(ZProposeStatusEventInputSchema)
    .output(ZStatusEventSchema)
    .mutation(({ ctx, input }) => proposeStatusEvent({ ctx, input })),
  queue: permissionProcedure("record.review")
    .input(ZStatusEventQueueInputSchema)
    .output(ZStatusEventQueueOutputSchema)
    .query(({ ctx, input }) => statusEventQueue({ ctx, input })),
  decide: permissionProcedure("record.review")
    .use(revalidatesPublicPages)
    .input(ZDecideStatusEventInputSchema)
    .output(ZStatusEventSchema)
    .mutation(({ ctx, input }) => decideStatusEvent({ ctx, input })),
});
