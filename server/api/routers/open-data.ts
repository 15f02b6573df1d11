import { getOEmbed } from "~/server/services/open-data/oembed";
import { ZOEmbedOutputSchema, ZOEmbedQuerySchema } from "~/server/services/open-data/oembed.types";
import { createTRPCRouter, publicProcedure } from "../trpc";

// Open data that is neither a page's nor the API's list: public whole (the anonymous shape is the output).

export const openDataRouter = createTRPCRouter({
  /** The oEmbed answer for one of our country or measure page URLs (GET /api/oembed). */
  oembed: publicProcedure
    .meta({ anonymousOutput: ZOEmbedOutputSchema })
    .input(ZOEmbedQuerySchema)
    .output(ZOEmbedOutputSchema)
    .query(({ input }) => getOEmbed({ input })),
});
