// Output schemas of the measures catalogue: the list, one measure, the parliamentarians' steps; and
// the public API's shapes (`Public…`), which carry no internal ids.
import { z } from "zod";
import { LOCALES } from "~/db/locales";
import { measureAddresseeEnum, measurePreventionEnum } from "~/db/schema";
import { ZLocalizedTextSchema, ZUuidSchema, pageOf } from "~/server/services/common.types";
import { ZCitationSchema } from "~/server/services/documents/documents.types";

const actor = z.enum(measureAddresseeEnum.enumValues);
const pillar = z.number().int().nullable().meta({ description: "1, 2, 3, or null when tied to no pillar" });
const prevention = z.enum(measurePreventionEnum.enumValues).nullable();
const documentRef = z.object({ slug: z.string(), symbol: z.string().nullable(), title: ZLocalizedTextSchema });

const summary = {
  id: ZUuidSchema,
  slug: z.string(),
  title: ZLocalizedTextSchema,
  actor,
  pillar,
  category: z.string(),
  prevention,
  key: z.boolean(),
  version: z.number().int(),
  sources: z.array(
    z.object({ id: ZUuidSchema, document: z.string(), locator: z.string(), quote: z.string() }),
  ),
};

export const ZListMeasuresOutputSchema = pageOf(z.object({ ...summary, deleted: z.boolean() }));
export type TListMeasuresOutput = z.infer<typeof ZListMeasuresOutputSchema>;

export const ZGetMeasureOutputSchema = z.object({
  id: ZUuidSchema,
  slug: z.string(),
  requestedSlug: z.string(),
  version: z.number().int(),
  deleted: z.boolean(),
  title: ZLocalizedTextSchema,
  description: ZLocalizedTextSchema,
  actor,
  pillar,
  category: z.string(),
  prevention,
  key: z.boolean(),
  updatedAt: z.date(),
  sources: z.array(
    z.object({
      id: ZUuidSchema,
      unitId: ZUuidSchema,
      locator: z.string(),
      kind: z.string(),
      heading: z.string(),
      text: z.string(),
      quote: z.string(),
      retired: z.boolean(),
      citations: z.array(ZCitationSchema.extend({ raw: z.string() })),
      document: documentRef,
      href: z.string(),
    }),
  ),
});
export type TGetMeasureOutput = z.infer<typeof ZGetMeasureOutputSchema>;

export const ZParliamentStepsOutputSchema = z.object({
  total: z.number().int(),
  groups: z.array(
    z.object({
      category: z.string(),
      items: z.array(
        z.object({
          ...summary,
          addressedToParliament: z.boolean(),
          passages: z.array(
            z.object({
              id: ZUuidSchema,
              quote: z.string(),
              locator: z.string(),
              text: z.string(),
              document: documentRef,
              href: z.string(),
            }),
          ),
        }),
      ),
    }),
  ),
});
export type TParliamentStepsOutput = z.infer<typeof ZParliamentStepsOutputSchema>;

const ZPublicMeasureSourceSchema = z.object({
  document: z.string().meta({ description: "Document slug" }),
  locator: z.string().meta({ description: "Unit locator; the reader's anchor is `#p-{locator}`" }),
  quote: z.string().meta({ description: "The document's exact words, found in the unit's text" }),
});

/** GET /api/v1/measures: one item. */
export const ZPublicMeasureSchema = z.object({
  slug: z.string().meta({ examples: ["appoint-national-r2p-focal-point"] }),
  title: ZLocalizedTextSchema,
  actor,
  pillar,
  category: z.string().meta({ examples: ["early_warning"] }),
  prevention,
  key: z.boolean().meta({ description: "One of the measures national progress is usually judged by" }),
  sources: z.array(ZPublicMeasureSourceSchema),
});
export const ZPublicMeasureListSchema = pageOf(ZPublicMeasureSchema);

/** GET /api/v1/measures/{slug}. */
export const ZPublicMeasureDetailSchema = ZPublicMeasureSchema.extend({
  description: ZLocalizedTextSchema,
  sources: z.array(ZPublicMeasureSourceSchema.extend({ heading: z.string(), text: z.string() })),
});

type MeasureFields = Pick<z.output<typeof ZGetMeasureOutputSchema>, "slug" | "title" | "actor" | "pillar" | "category" | "prevention" | "key">;

/** The fields the public API gives of every measure, list or detail: an allow-list, written once. */
const publicMeasureFields = (m: MeasureFields) => ({
  slug: m.slug,
  title: m.title,
  actor: m.actor,
  pillar: m.pillar,
  category: m.category,
  prevention: m.prevention,
  key: m.key,
});

/** A measure as GET /api/v1/measures/{slug} gives it, from measures.get. */
export function publicMeasure(m: z.output<typeof ZGetMeasureOutputSchema>) {
  return {
    ...publicMeasureFields(m),
    description: m.description,
    sources: m.sources.map((s) => ({
      document: s.document.slug,
      locator: s.locator,
      quote: s.quote,
      heading: s.heading,
      text: s.text,
    })),
  };
}

/** A page of measures as GET /api/v1/measures gives it, from measures.list (and the open-data resource). */
export function publicMeasureList(r: z.output<typeof ZListMeasuresOutputSchema>) {
  return {
    items: r.items.map((m) => ({
      ...publicMeasureFields(m),
      sources: m.sources.map((s) => ({ document: s.document, locator: s.locator, quote: s.quote })),
    })),
    total: r.total,
    page: r.page,
    pageSize: r.pageSize,
  };
}

/** measures.titles: every live measure's title in one language, by slug (links in lists of records). */
export const ZMeasureTitlesInputSchema = z.object({ locale: z.enum(LOCALES) });
export const ZMeasureTitlesOutputSchema = z.record(z.string(), z.string());
