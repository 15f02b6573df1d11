import { z } from "zod";
import { ZPageInputSchema } from "~/server/api/trpc";

export const ZListNotificationsInputSchema = ZPageInputSchema.extend({
  pageSize: z.number().int().min(1).max(100).default(30),
  unreadOnly: z.boolean().default(false),
});
export const ZMarkReadInputSchema = z.object({ ids: z.array(z.uuid()).min(1).max(500) });
