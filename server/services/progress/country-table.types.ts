// Contract of the countries map and table (countries.table, countries.map, countries.filterOptions)
// and of a measure's countries by status (measures.countriesByStatus): today's stored statuses, or the
// rules over the published history as of a past day (decision 033).
import { z } from "zod";
import { LOCALES } from "~/db/locales";
import { ZAsOfSchema } from "~/server/domain/dates";
import { ZLocalizedNameSchema } from "~/server/domain/localized-name";
import { PROGRESS_STATUSES } from "~/server/progress/statuses";
import { ZDaySchema, ZLocalizedTextSchema, ZUuidSchema, pageOf } from "~/server/services/common.types";
import { ZCountryTableInputSchema } from "./country-table-schemas";

const ZStatusSchema = z.enum(PROGRESS_STATUSES).meta({ description: "`none` when nothing is recorded" });
const ZSlugSchema = z.string().max(200).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** countries.table: the table's filters, sort and page (country-table-schemas.ts), today or as of a past day. */
export const ZCountryTableViewInputSchema = ZCountryTableInputSchema.extend({ asOf: ZAsOfSchema.optional() });
export const ZCountryTableRowSchema = z.object({
  iso3: z.string(),
  m49: z.string(),
  name: ZLocalizedNameSchema,
  region: z.object({ code: z.string(), name: ZLocalizedNameSchema }),
  group: z.string().nullable(),
  score: z.number().nullable().meta({ description: "null: no evidence (no data)" }),
  lastEvidenceAt: z.date().nullable(),
  status: ZStatusSchema.meta({ description: "on the chosen measure; `none` without one" }),
  since: ZDaySchema.nullable(),
});
export const ZCountryTableOutputSchema = pageOf(ZCountryTableRowSchema);

/** countries.map: every state with its score and, for a measure (by slug), its status. */
export const ZCountryMapInputSchema = z.object({ measure: ZSlugSchema.optional(), asOf: ZAsOfSchema.optional() });
export const ZMapCountrySchema = ZCountryTableRowSchema.pick({ iso3: true, m49: true, name: true, score: true, status: true, since: true });
export type TMapCountry = z.infer<typeof ZMapCountrySchema>;
/** In map order (by English name); a slug that names no live measure leaves every status `none`. */
export const ZCountryMapOutputSchema = z.array(ZMapCountrySchema);

/** countries.filterOptions: the filters' choices; the key measures, plus `measure` when it is live. */
export const ZCountryFilterOptionsInputSchema = z.object({ measure: ZSlugSchema.optional() });
export const ZCountryFilterOptionsOutputSchema = z.object({
  regions: z.array(z.object({ code: z.string(), name: ZLocalizedNameSchema })),
  organizations: z.array(z.object({ slug: z.string(), acronym: ZLocalizedNameSchema, name: ZLocalizedNameSchema })),
  measures: z.array(z.object({ id: ZUuidSchema, slug: z.string(), title: ZLocalizedTextSchema, key: z.boolean() })),
});

/** measures.countriesByStatus: a live measure's states (for its map) and those with a status grouped, each group by name in `locale`. */
export const ZMeasureCountriesInputSchema = z.object({
  slug: ZSlugSchema,
  locale: z.enum(LOCALES).default("en"),
  asOf: ZAsOfSchema.optional(),
});
const LISTED = ["implemented", "in_progress", "committed", "regressed"] as const;
export const ZMeasureCountriesSchema = z.object({
  slug: z.string(),
  title: ZLocalizedTextSchema,
  actor: z.string(),
  countries: z.array(ZMapCountrySchema),
  groups: z.array(
    z.object({
      status: z.enum(LISTED),
      countries: z.array(z.object({ iso3: z.string(), name: ZLocalizedNameSchema, since: ZDaySchema.nullable() })),
    }),
  ),
  counts: z.record(z.enum(PROGRESS_STATUSES), z.number().int()),
});
/** Null when the slug names no live measure. */
export const ZMeasureCountriesOutputSchema = ZMeasureCountriesSchema.nullable();
export type TMeasureCountries = z.infer<typeof ZMeasureCountriesSchema>;

/** countries.card: what a country's embed, share image and oEmbed show — overall score and key measures. */
export const ZCountryCardInputSchema = z.object({ iso3: z.string().regex(/^[A-Z]{3}$/, { error: "validation.countryCode" }) });
export const ZCountryCardSchema = z.object({
  iso3: z.string(),
  name: ZLocalizedNameSchema,
  overall: z.number(),
  asOf: ZDaySchema.nullable(),
  keyMeasures: z.array(z.object({ slug: z.string(), title: ZLocalizedTextSchema, status: ZStatusSchema, since: ZDaySchema.nullable() })),
});
/** Null when the code names no state. */
export const ZCountryCardOutputSchema = ZCountryCardSchema.nullable();
export type TCountryCard = z.infer<typeof ZCountryCardSchema>;
