// Output schemas of the reference library: the list, a document, a unit. The reader (tRPC) gets
// the link data (ids, citations per unit); the public API gets the `Public…` shapes, without ids.
import { z } from "zod";
import { ZLocalizedTextSchema, ZUuidSchema, pageOf } from "~/server/services/common.types";

const ZLocatorSchema = z
  .string()
  .meta({ description: "Stable: `12`, `45(a)`, `summary`, `annex-6`, `h-3`, `s7-3`", examples: ["45(a)"] });

export const ZDocumentSummarySchema = z.object({
  slug: z.string().meta({ examples: ["a-63-677"] }),
  symbol: z
    .string()
    .nullable()
    .meta({ description: "UN document symbol", examples: ["A/63/677"] }),
  title: ZLocalizedTextSchema,
  year: z.number().int(),
  language: z.string(),
  counts: z.object({
    paragraphs: z.number().int(),
    subitems: z.number().int(),
    annex: z.number().int(),
    headings: z.number().int(),
    footnotes: z.number().int(),
  }),
});
export const ZListDocumentsOutputSchema = pageOf(ZDocumentSummarySchema);
export type TListDocumentsOutput = z.infer<typeof ZListDocumentsOutputSchema>;

export const ZCitationSchema = z.object({
  symbol: z.string(),
  paragraphs: z.array(z.string()),
  target: z
    .object({ slug: z.string(), locators: z.array(z.string()) })
    .nullable()
    .meta({
      description: "The library document and the cited units' current locators; null when it is not ours",
    }),
});
const ZResolvedCitationSchema = ZCitationSchema.extend({ raw: z.string() });

export const ZCitedBySchema = z.object({
  type: z.enum(["paragraph", "footnote"]),
  slug: z.string(),
  symbol: z.string().nullable(),
  title: ZLocalizedTextSchema,
  locator: z.string(),
});

export const ZCitingMeasureSchema = z.object({ slug: z.string(), title: ZLocalizedTextSchema });

const links = {
  citations: z.array(ZResolvedCitationSchema),
  citedBy: z.array(ZCitedBySchema),
  measures: z.array(ZCitingMeasureSchema),
};

export const ZGetDocumentOutputSchema = z.object({
  slug: z.string(),
  symbol: z.string().nullable(),
  title: ZLocalizedTextSchema,
  year: z.number().int(),
  language: z.string(),
  kind: z.string(),
  version: z.number().int(),
  units: z.array(
    z.object({
      id: ZUuidSchema,
      locator: z.string(),
      kind: z.string(),
      heading: z.string(),
      text: z.string(),
      footnoteRefs: z.array(z.number().int()),
      ...links,
    }),
  ),
  footnotes: z.array(
    z.object({ id: ZUuidSchema, locator: z.string(), number: z.number().int(), text: z.string(), ...links }),
  ),
});
export type TGetDocumentOutput = z.infer<typeof ZGetDocumentOutputSchema>;

const ZUnitSchema = z.object({
  locator: ZLocatorSchema,
  kind: z
    .string()
    .meta({
      description: "heading, summary, paragraph, subitem, annex, annex-subitem, section, item or footnote",
    }),
  heading: z.string().meta({ description: "Section title path joined with ' › '" }),
  text: z.string().meta({ description: "Clean, joined text; blocks separated by newlines" }),
});
const ZFootnoteSchema = z.object({ locator: z.string(), number: z.number().int(), text: z.string() });

/** GET /api/v1/documents/{slug}. */
export const ZPublicDocumentSchema = z.object({
  slug: z.string(),
  symbol: z.string().nullable(),
  title: ZLocalizedTextSchema,
  year: z.number().int(),
  language: z.string(),
  units: z.array(ZUnitSchema),
  footnotes: z.array(ZFootnoteSchema),
});

/** documents.unit and GET /api/v1/documents/{slug}/units/{locator}: the same shape. */
export const ZGetUnitOutputSchema = ZUnitSchema.extend({
  footnotes: z.array(ZFootnoteSchema),
  citations: z.array(ZCitationSchema),
  citedBy: z.array(ZCitedBySchema),
  measures: z
    .array(ZCitingMeasureSchema)
    .meta({ description: "Measures of the catalogue that cite this unit" }),
});
export type TGetUnitOutput = z.infer<typeof ZGetUnitOutputSchema>;

/** documents.currentLocator: where a unit lives now (itself, or its successor after a re-import); null when unknown. */
export const ZCurrentLocatorOutputSchema = z.string().nullable();

/** documents.citable: a live paragraph's document and locator, what a citation names (null: no such unit). */
export const ZCitableUnitOutputSchema = z
  .object({
    document: z.object({ slug: z.string(), symbol: z.string().nullable(), title: ZLocalizedTextSchema, year: z.number().int(), language: z.string() }),
    locator: z.string(),
  })
  .nullable();
