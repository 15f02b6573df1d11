// Output schemas of the reference layer (countries, regions, regional organisations): public data.
import { z } from "zod";

export const ZCountryRowSchema = z.object({
  iso3: z.string(),
  iso2: z.string(),
  nameEn: z.string(),
  nameZh: z.string(),
  status: z.enum(["member", "observer"]),
  regionEn: z.string(),
  regionZh: z.string(),
  subregionEn: z.string(),
  subregionZh: z.string(),
  unGroup: z.string().nullable(),
});
export const ZListCountriesOutputSchema = z.array(ZCountryRowSchema);
export type TListCountriesOutput = z.infer<typeof ZListCountriesOutputSchema>;

export const ZListRegionalOrganizationsOutputSchema = z.array(
  z.object({
    id: z.number().int(),
    slug: z.string(),
    acronymEn: z.string(),
    acronymZh: z.string().nullable(),
    nameEn: z.string(),
    nameZh: z.string(),
    kind: z.enum(["regional", "subregional", "interregional"]),
    members: z.array(z.string()),
  }),
);
export type TListRegionalOrganizationsOutput = z.infer<typeof ZListRegionalOrganizationsOutputSchema>;

export const ZListRegionsOutputSchema = z.array(
  z.object({ code: z.string(), en: z.string(), zh: z.string() }),
);
export type TListRegionsOutput = z.infer<typeof ZListRegionsOutputSchema>;

export const ZGetKeyFiguresOutputSchema = z.object({
  states: z.number().int(),
  regionalOrganizations: z.number().int(),
  coalitionOrganizations: z.number().int(),
});
export type TGetKeyFiguresOutput = z.infer<typeof ZGetKeyFiguresOutputSchema>;
