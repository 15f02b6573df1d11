// Contract of openData.oembed (GET /api/oembed): the query a consumer sends and the "rich" answer.
import { z } from "zod";

export const ZOEmbedQuerySchema = z.object({
  url: z.string().trim().min(1).max(2000),
  format: z.enum(["json", "xml"]).default("json"),
  maxwidth: z.coerce.number().int().min(1).max(10_000).optional(),
  maxheight: z.coerce.number().int().min(1).max(10_000).optional(),
});
export type TOEmbedQuery = z.output<typeof ZOEmbedQuerySchema>;

export const ZOEmbedOutputSchema = z.object({
  version: z.literal("1.0"),
  type: z.literal("rich"),
  provider_name: z.string(),
  provider_url: z.string(),
  title: z.string(),
  html: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  cache_age: z.number().int(),
});
export type TOEmbedOutput = z.infer<typeof ZOEmbedOutputSchema>;
