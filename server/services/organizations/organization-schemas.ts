import { requiredLocalizedTextInput } from "~/server/validation/localized-text-input";
import { z } from "zod";
import { ZVersionSchema } from "~/server/validation/database-values";

export const ZOrganizationFieldsSchema = z.object({
  /** The organisation's name in the languages it uses (at least one). */
  name: requiredLocalizedTextInput(200),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .min(2)
    .max(60)
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "validation.slug" }),
  countryIso3: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .nullish(),
  website: z.string().trim().url().max(500).optional().or(z.literal("")),
});

export const ZCreateOrganizationInputSchema = ZOrganizationFieldsSchema;
export const ZUpdateOrganizationInputSchema = ZOrganizationFieldsSchema.extend({
  id: z.string().uuid(),
  version: ZVersionSchema,
});
export const ZOrganizationIdInputSchema = z.object({ id: z.string().uuid() });

export type TCreateOrganizationInput = z.infer<typeof ZCreateOrganizationInputSchema>;
export type TUpdateOrganizationInput = z.infer<typeof ZUpdateOrganizationInputSchema>;
