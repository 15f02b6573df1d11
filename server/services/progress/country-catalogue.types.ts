// Contract of countries.catalogue: the live catalogue, each measure with one state's status (the
// country pages' scorecard, catalogue, brief and as-of views).
import { z } from "zod";
import { ZAsOfSchema } from "~/server/domain/dates";
import { ZDaySchema, ZLocalizedTextSchema, ZUuidSchema } from "~/server/services/common.types";
import { ZPublicRecordSchema } from "~/server/services/records/list-records.types";
import { ZCountryProfileInputSchema, ZScoreSchema } from "./country-progress.types";

/** The same input as countries.profile: a state, today or as of a past day. */
export const ZCountryCatalogueInputSchema = ZCountryProfileInputSchema;

export const ZCatalogueEntrySchema = z.object({
  id: ZUuidSchema,
  slug: z.string(),
  title: ZLocalizedTextSchema,
  actor: z.string(),
  pillar: z.number().int().nullable(),
  category: z.string(),
  key: z.boolean(),
  applicable: z.boolean(),
  status: z.enum(["none", "committed", "in_progress", "implemented", "regressed"]).meta({ description: "`none` when nothing is recorded" }),
  since: ZDaySchema.nullable(),
});
/** Catalogue order (actor, pillar, slug); a code that names no state has every measure at `none`. */
export const ZCountryCatalogueOutputSchema = z.array(ZCatalogueEntrySchema);
export type CatalogueEntry = z.infer<typeof ZCatalogueEntrySchema>;

const ZIso3Schema = ZCountryProfileInputSchema.shape.iso3;

/** countries.trend: the score at the end of each of the `years` years before `asOf` (default today), and on `asOf`. */
export const ZCountryTrendInputSchema = z.object({
  iso3: ZIso3Schema,
  years: z.number().int().min(1).max(30).default(10),
  asOf: ZAsOfSchema.optional(),
});
export const ZCountryTrendOutputSchema = z.array(
  z.object({ asOf: ZDaySchema, scores: ZScoreSchema, statuses: z.number().int().meta({ description: "measures with a status" }) }),
);

/** countries.recordsByYear: published records of the state per year and type, newest year first. */
export const ZCountryRecordsByYearInputSchema = z.object({ iso3: ZIso3Schema });
export const ZCountryRecordsByYearOutputSchema = z.array(
  z.object({ year: z.string().meta({ examples: ["2024"] }), counts: z.record(z.string(), z.number().int()).meta({ description: "by record type" }) }),
);

/** measures.quotes: the documents' words for these measures, each linking to its paragraph in the reader. */
export const ZMeasureQuotesInputSchema = z.object({ measureIds: z.array(z.uuid()).max(500) });
export const ZMeasureQuoteSchema = z.object({
  id: ZUuidSchema,
  quote: z.string(),
  locator: z.string(),
  heading: z.string(),
  text: z.string(),
  retired: z.boolean(),
  href: z.string().meta({ description: "the paragraph in the reader" }),
  document: z.object({ slug: z.string(), symbol: z.string().nullable(), title: ZLocalizedTextSchema }),
});
/** By measure id; a measure without sources is absent. */
export const ZMeasureQuotesOutputSchema = z.record(z.string(), z.array(ZMeasureQuoteSchema));

/** countries.evidence: the published records that decided one measure's stored status in the state. */
export const ZCountryEvidenceInputSchema = z.object({ iso3: ZIso3Schema, measureId: z.uuid() });
export const ZCountryEvidenceOutputSchema = z.array(ZPublicRecordSchema).meta({ description: "empty when the measure has no status" });
