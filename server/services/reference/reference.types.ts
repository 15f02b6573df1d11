// Output schemas of the reference layer (countries, regions, regional organisations): public data.
import { z } from "zod";
import { ZLocalizedNameSchema } from "~/server/domain/localized-name";

export const ZCountryRowSchema = z.object({
  iso3: z.string(),
  iso2: z.string(),
  name: ZLocalizedNameSchema,
  status: z.enum(["member", "observer"]),
  regionName: ZLocalizedNameSchema,
  subregionName: ZLocalizedNameSchema,
  unGroup: z.string().nullable(),
});
export const ZListCountriesOutputSchema = z.array(ZCountryRowSchema);
export type TListCountriesOutput = z.infer<typeof ZListCountriesOutputSchema>;

export const ZListRegionalOrganizationsOutputSchema = z.array(
  z.object({
    id: z.number().int(),
    slug: z.string(),
    acronym: ZLocalizedNameSchema,
    name: ZLocalizedNameSchema,
    kind: z.enum(["regional", "subregional", "interregional"]),
    members: z.array(z.string()),
  }),
);
export type TListRegionalOrganizationsOutput = z.infer<typeof ZListRegionalOrganizationsOutputSchema>;

export const ZListRegionsOutputSchema = z.array(
  z.object({ code: z.string(), name: ZLocalizedNameSchema }),
);
export type TListRegionsOutput = z.infer<typeof ZListRegionsOutputSchema>;

export const ZGetKeyFiguresOutputSchema = z.object({
  states: z.number().int(),
  regionalOrganizations: z.number().int(),
  coalitionOrganizations: z.number().int(),
});
export type TGetKeyFiguresOutput = z.infer<typeof ZGetKeyFiguresOutputSchema>;
