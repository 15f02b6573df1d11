// Contract of countries.catalogue: the live catalogue, each measure with one state's status (the
// country pages' scorecard, catalogue, brief and as-of views).
import { z } from "zod";
import { ZDaySchema, ZLocalizedTextSchema, ZUuidSchema } from "~/server/services/common.types";
import { ZCountryProfileInputSchema } from "./country-progress.types";

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
