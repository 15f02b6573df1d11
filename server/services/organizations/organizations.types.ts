// Output schemas of organizations.list. Anonymous visitors get the names the public pages show
// (the actions filter); membership counts, websites and bookkeeping are for signed-in people.
import { z } from "zod";
import { ZLocalizedTextSchema, ZUuidSchema, pageOf } from "~/server/services/common.types";

export const ZPublicOrganizationSchema = z.object({
  id: ZUuidSchema,
  slug: z.string(),
  name: ZLocalizedTextSchema,
});

export const ZListOrganizationsOutputSchema = pageOf(
  ZPublicOrganizationSchema.extend({
    countryIso3: z.string().nullable(),
    website: z.string().nullable(),
    isSample: z.boolean(),
    version: z.number().int(),
    deletedAt: z.date().nullable(),
    memberCount: z.number().int(),
  }),
);
export type TListOrganizationsOutput = z.infer<typeof ZListOrganizationsOutputSchema>;

/** Anonymous callers receive this subset (parsed through it by the procedure's `meta.anonymousOutput`). */
export const ZPublicListOrganizationsOutputSchema = pageOf(ZPublicOrganizationSchema);
