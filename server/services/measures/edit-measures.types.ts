// Output schemas of the measure editing procedures (staff).
// Generated from the services' return types, then kept by hand: a change in what a service
// returns must be mirrored here (tsc checks the service against the schema at the router).
import { z } from "zod";
import { ZLocalizedTextSchema } from "~/server/services/common.types";

export const ZMeasuresUnitsOutputSchema = z.array(
  z.object({
    locator: z.string(),
    kind: z.enum([
      "summary",
      "heading",
      "paragraph",
      "subitem",
      "annex",
      "annex-subitem",
      "section",
      "item",
      "footnote",
    ]),
    heading: z.string(),
    text: z.string(),
  }),
);
export type TMeasuresUnitsOutput = z.infer<typeof ZMeasuresUnitsOutputSchema>;

export const ZMeasuresHistoryOutputSchema = z.array(
  z.object({
    fields: z.array(
      z.object({
        field: z.enum([
          "key",
          "actor",
          "title",
          "description",
          "pillar",
          "category",
          "prevention",
        ]),
        before: z.unknown(),
        after: z.unknown(),
      }),
    ),
    sourcesAdded: z.array(
      z.object({ unitId: z.string(), document: z.string(), locator: z.string(), quote: z.string() }),
    ),
    sourcesRemoved: z.array(
      z.object({ unitId: z.string(), document: z.string(), locator: z.string(), quote: z.string() }),
    ),
    id: z.string(),
    version: z.number(),
    action: z.string(),
    by: z.string(),
    createdAt: z.date(),
  }),
);
export type TMeasuresHistoryOutput = z.infer<typeof ZMeasuresHistoryOutputSchema>;

export const ZMeasuresUpdateOutputSchema = z.object({
  version: z.number(),
  title: ZLocalizedTextSchema,
  description: ZLocalizedTextSchema,
  actor: z.enum([
    "parliament",
    "regional_organization",
    "media",
    "government",
    "civil_society",
    "academia",
    "un_system",
    "international_community",
  ]),
  pillar: z.number().nullable(),
  category: z.string(),
  prevention: z.enum(["upstream", "downstream"]).nullable(),
  key: z.boolean(),
  updatedAt: z.date(),
});
export type TMeasuresUpdateOutput = z.infer<typeof ZMeasuresUpdateOutputSchema>;

export const ZMeasuresAddSourceOutputSchema = z.object({
  id: z.string(),
  createdAt: z.date(),
  locator: z.string(),
  position: z.number(),
  measureId: z.string(),
  unitId: z.string(),
  quote: z.string(),
});
export type TMeasuresAddSourceOutput = z.infer<typeof ZMeasuresAddSourceOutputSchema>;

export const ZMeasuresRemoveSourceOutputSchema = z.object({ id: z.string() });
export type TMeasuresRemoveSourceOutput = z.infer<typeof ZMeasuresRemoveSourceOutputSchema>;

export const ZMeasuresRestoreRevisionOutputSchema = ZMeasuresUpdateOutputSchema;
export type TMeasuresRestoreRevisionOutput = z.infer<typeof ZMeasuresRestoreRevisionOutputSchema>;

export const ZMeasuresMergeOutputSchema = z.object({ slug: z.string(), mergedSlug: z.string() });
export type TMeasuresMergeOutput = z.infer<typeof ZMeasuresMergeOutputSchema>;

export const ZMeasuresDeleteOutputSchema = z.object({
  id: z.string(),
  slug: z.string(),
  deleted: z.boolean(),
});
export type TMeasuresDeleteOutput = z.infer<typeof ZMeasuresDeleteOutputSchema>;

export const ZMeasuresRestoreOutputSchema = ZMeasuresDeleteOutputSchema;
export type TMeasuresRestoreOutput = z.infer<typeof ZMeasuresRestoreOutputSchema>;
