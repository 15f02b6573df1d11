// What an advocacy action is made of, at every boundary (form, tRPC, export filters). Vocabularies
// come from db/schema/advocacy-vocabulary.ts; issues carry `validation.*` keys so forms show them
// beside the field they name.
import { z } from "zod";
import { ZVersionSchema } from "~/server/validation/database-values";
import { ACTION_KINDS, OUTCOME_KINDS, TARGET_KINDS, VISIBILITIES } from "~/db/schema/advocacy-vocabulary";

export { ACTION_KINDS, OUTCOME_KINDS, TARGET_KINDS, VISIBILITIES } from "~/db/schema/advocacy-vocabulary";

const text = (max: number) => z.string().trim().max(max).default("");
const iso3 = z.string().regex(/^[A-Z]{3}$/, { error: "validation.countryCode" });

/**
 * The log records what happened, so dates in the future are refused; one day of slack lets a
 * person east of UTC log today's meeting before UTC has reached their date.
 */
export function latestActionDate(now = new Date()): string {
  return new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
}

export const ZTargetSchema = z.object({
  kind: z.enum(TARGET_KINDS, { error: "validation.choose" }),
  name: z.string().trim().min(1, { error: "validation.required" }).max(300),
});

export const ZUnitRefSchema = z.object({
  document: z.string().trim().min(1, { error: "validation.unitRef" }).max(100),
  locator: z.string().trim().min(1, { error: "validation.unitRef" }).max(100),
});

export const ZAttachmentSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("url"),
    url: z.url({ protocol: /^https?$/, error: "validation.url" }).max(2000),
    label: text(300),
  }),
  z.object({ kind: z.literal("file"), uploadId: z.uuid(), label: text(300) }),
]);

export const ZActionFieldsSchema = z.object({
  kind: z.enum(ACTION_KINDS, { error: "validation.choose" }),
  date: z.iso
    .date({ error: "validation.required" })
    .refine((d) => d <= latestActionDate(), { error: "validation.dateInFuture" }),
  title: z.string().trim().min(1, { error: "validation.required" }).max(500),
  summary: text(10_000),
  outcome: text(10_000),
  outcomeKind: z.enum(OUTCOME_KINDS, { error: "validation.choose" }).default("pending"),
  visibility: z.enum(VISIBILITIES, { error: "validation.choose" }).default("organization"),
  countries: z
    .array(iso3)
    .min(1, { error: "validation.atLeastOneCountry" })
    .max(50)
    .transform((c) => [...new Set(c)]),
  targets: z.array(ZTargetSchema).max(50).default([]),
  /** Colleagues of the same organisation; the author is always one. */
  coAuthorIds: z.array(z.uuid()).max(50).default([]),
  /** Measure slugs. */
  measures: z.array(z.string().trim().min(1).max(200)).max(100).default([]),
  units: z.array(ZUnitRefSchema).max(100).default([]),
  recordIds: z.array(z.uuid()).max(100).default([]),
  attachments: z.array(ZAttachmentSchema).max(50).default([]),
});

export const ZCreateActionInputSchema = ZActionFieldsSchema;
export const ZUpdateActionInputSchema = ZActionFieldsSchema.extend({
  id: z.uuid(),
  version: ZVersionSchema,
});
export const ZActionIdInputSchema = z.object({ id: z.uuid() });

const optionalFilter = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), schema.optional());

/** Filters shared by the list, the export and the public API. */
export const ZActionFiltersSchema = z.object({
  country: optionalFilter(iso3),
  kind: optionalFilter(z.enum(ACTION_KINDS)),
  organizationId: optionalFilter(z.uuid()),
  measure: optionalFilter(z.string().trim().min(1).max(200)),
  outcomeKind: optionalFilter(z.enum(OUTCOME_KINDS)),
  visibility: optionalFilter(z.enum(VISIBILITIES)),
  from: optionalFilter(z.iso.date()),
  to: optionalFilter(z.iso.date()),
  q: optionalFilter(z.string().trim().min(1).max(200)),
  /** Only actions the caller authored or co-authored. */
  mine: z.preprocess((v) => v === "true" || v === true || v === "1", z.boolean()).default(false),
});

export const ZListActionsInputSchema = ZActionFiltersSchema.extend({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

export const ZExportActionsInputSchema = ZActionFiltersSchema.extend({ format: z.enum(["csv", "json"]) });

/** GET /api/v1/actions: public actions only, so no visibility or organisation filter. */
export const ZPublicActionsQuerySchema = z.object({
  country: optionalFilter(iso3),
  kind: optionalFilter(z.enum(ACTION_KINDS)),
  measure: optionalFilter(z.string().trim().min(1).max(200)),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

export type TActionFields = z.output<typeof ZActionFieldsSchema>;
export type TActionFieldsInput = z.input<typeof ZActionFieldsSchema>;
export type TCreateActionInput = z.output<typeof ZCreateActionInputSchema>;
export type TUpdateActionInput = z.output<typeof ZUpdateActionInputSchema>;
export type TActionFilters = z.output<typeof ZActionFiltersSchema>;
export type TListActionsInput = z.output<typeof ZListActionsInputSchema>;
