// Output schemas of the one search box (documents.search) and of GET /api/v1/search.
import { z } from "zod";
import { LOCALES } from "~/db/locales";
import { textIn } from "~/db/localized-text";
import { ZLocalizedTextSchema, pageOf } from "~/server/services/common.types";

const hitType = z.enum(["measure", "action", "paragraph", "heading", "footnote"]);

export const ZSearchAllOutputSchema = pageOf(
  z.object({
    type: hitType,
    slug: z.string(),
    locator: z.string().nullable(),
    heading: z.string(),
    snippet: z.string(),
    highlights: z.array(z.tuple([z.number().int(), z.number().int()])),
    score: z.number(),
    title: ZLocalizedTextSchema.nullable(),
    document: z.object({ symbol: z.string().nullable(), title: ZLocalizedTextSchema }).nullable(),
    date: z.string().optional(),
    /** A hit in a document's language version: the version's language (decision 029). */
    lang: z.enum(LOCALES).nullable().optional(),
  }),
).extend({ mode: z.enum(["fulltext", "ilike", "none"]) });
export type TSearchAllOutput = z.infer<typeof ZSearchAllOutputSchema>;

export const ZPublicSearchHitSchema = z.object({
  type: hitType,
  slug: z.string().meta({
    description:
      "Document slug, the measure's slug for type `measure`, the public action's id for type `action`",
  }),
  locator: z.string().nullable().meta({ description: "null for a measure or an action" }),
  heading: z
    .string()
    .meta({ description: "Section path; for a measure, its Chinese title; for an action, its title" }),
  snippet: z.string().meta({ description: "Plain text around the first match" }),
  score: z.number(),
});
export const ZPublicSearchSchema = pageOf(ZPublicSearchHitSchema);

/** A page of hits as GET /api/v1/search gives it, from documents.search. */
export function publicSearchAll(r: z.output<typeof ZSearchAllOutputSchema>) {
  return {
    items: r.items.map((i) => ({
      type: i.type,
      slug: i.slug,
      locator: i.locator,
      heading: i.title ? textIn(i.title, "zh") || i.heading : i.heading,
      snippet: i.snippet,
      score: i.score,
    })),
    total: r.total,
    page: r.page,
    pageSize: r.pageSize,
  };
}
