// Public contract of "what changed since …" (GET /api/v1/countries/{iso3}/changes).
import { z } from "zod";
import { ZLocalizedTextSchema, ZDaySchema, ZUuidSchema } from "~/server/services/common.types";
import { ZAsOfSchema } from "~/server/domain/dates";
import { ZLocalizedNameSchema } from "~/server/domain/localized-name";

const STATUS = z.enum(["none", "committed", "in_progress", "implemented", "regressed"]);

export const ZStatusChangesQuerySchema = z
  .object({
    since: ZAsOfSchema.meta({ description: "first day excluded (YYYY-MM-DD)", examples: ["2024-01-01"] }),
    until: ZAsOfSchema.optional().meta({ description: "last day included (default today)" }),
  })
  .refine((v) => !v.until || v.until >= v.since, { path: ["until"], message: "validation.endBeforeStart" });

export const ZStatusChangeSchema = z.object({
  date: ZDaySchema,
  measure: z.string().meta({ description: "measure slug" }),
  from: STATUS,
  to: STATUS,
  causes: z
    .array(
      z.object({
        type: z.enum(["commitment", "focal_point", "parliamentary_action"]),
        id: ZUuidSchema,
        title: ZLocalizedTextSchema,
        status: z.string().nullable().meta({ description: "what the record said that day: a status, or appointed / ended for a focal point" }),
      }),
    )
    .meta({ description: "The published records with evidence dated that day for the measure" }),
});

export const ZStatusChangesOutputSchema = z.object({
  iso3: z.string(),
  since: ZDaySchema,
  until: ZDaySchema,
  items: z.array(ZStatusChangeSchema),
});

/** countries.statusChanges: the API's query with the state; the answer adds its names (null: no such state). */
export const ZCountryStatusChangesInputSchema = z
  .object({
    iso3: z.string().regex(/^[A-Z]{3}$/, { error: "validation.countryCode" }),
    since: ZAsOfSchema,
    until: ZAsOfSchema.optional(),
  })
  .refine((v) => !v.until || v.until >= v.since, { path: ["until"], message: "validation.endBeforeStart" });
export const ZCountryStatusChangesOutputSchema = ZStatusChangesOutputSchema.extend({ name: ZLocalizedNameSchema }).nullable();
