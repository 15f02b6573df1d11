// Inputs of the measure services: shared by tRPC procedures, pages and the public route handlers.
import { z } from "zod";
import { ZVersionSchema } from "~/server/validation/database-values";
import { localizedTextInput, requiredLocalizedTextInput } from "~/server/validation/localized-text-input";
import { ADDRESSEES, CATEGORIES } from "~/db/schema/measure-vocabulary";

const ZSlugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(2)
  .max(120)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

export const ZAddresseeSchema = z.enum(ADDRESSEES);
export const ZCategorySchema = z.enum(CATEGORIES);
/** "none" filters for measures tied to no pillar / neither kind of prevention. */
export const ZPillarFilterSchema = z.enum(["1", "2", "3", "none"]);
export const ZPreventionFilterSchema = z.enum(["upstream", "downstream", "none"]);

/** Query-string friendly: every value may arrive as a string. */
export const ZListMeasuresInputSchema = z.object({
  actor: ZAddresseeSchema.optional(),
  pillar: z.coerce.string().pipe(ZPillarFilterSchema).optional(),
  category: ZCategorySchema.optional(),
  prevention: ZPreventionFilterSchema.optional(),
  key: z
    .union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")])
    .optional(),
  document: ZSlugSchema.optional(),
  q: z.string().trim().min(1).max(200).optional(),
  /** Staff only (enforced in the service): list soft-deleted measures instead of live ones. */
  deleted: z.boolean().optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

export const ZMeasureSlugInputSchema = z.object({ slug: ZSlugSchema });
export const ZMeasureIdInputSchema = z.object({ id: z.uuid() });

const text = (max: number) => z.string().trim().min(1).max(max);

export const ZUpdateMeasureInputSchema = z.object({
  id: z.uuid(),
  version: ZVersionSchema,
  title: requiredLocalizedTextInput(500),
  description: localizedTextInput(4000),
  actor: ZAddresseeSchema,
  pillar: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
  category: ZCategorySchema,
  prevention: z.enum(["upstream", "downstream"]).nullable(),
  key: z.boolean(),
});

export const ZAddMeasureSourceInputSchema = z.object({
  measureId: z.uuid(),
  document: ZSlugSchema,
  locator: z.string().trim().min(1).max(100),
  quote: text(300),
});

export const ZRemoveMeasureSourceInputSchema = z.object({ measureId: z.uuid(), sourceId: z.uuid() });

export const ZMergeMeasuresInputSchema = z
  .object({ survivorId: z.uuid(), mergedSlug: ZSlugSchema })
  .strict();

export const ZRestoreMeasureRevisionInputSchema = z.object({
  measureId: z.uuid(),
  revisionId: z.uuid(),
  version: ZVersionSchema,
});

export const ZMeasureHistoryInputSchema = z.object({ measureId: z.uuid() });

export const ZDocumentUnitsInputSchema = z.object({ document: ZSlugSchema });

export type TListMeasuresInput = z.infer<typeof ZListMeasuresInputSchema>;
export type TUpdateMeasureInput = z.infer<typeof ZUpdateMeasureInputSchema>;
export type TAddMeasureSourceInput = z.infer<typeof ZAddMeasureSourceInputSchema>;
export type TRemoveMeasureSourceInput = z.infer<typeof ZRemoveMeasureSourceInputSchema>;
export type TMergeMeasuresInput = z.infer<typeof ZMergeMeasuresInputSchema>;
export type TRestoreMeasureRevisionInput = z.infer<typeof ZRestoreMeasureRevisionInputSchema>;
