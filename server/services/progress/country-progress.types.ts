// Output schemas of the public country list and profile (GET /api/v1/countries, /countries/{iso3}).
import { z } from "zod";
import { ZDaySchema, ZUuidSchema, pageOf } from "~/server/services/common.types";
import { ZLocalizedNameSchema } from "~/server/domain/localized-name";

const share = z.number().min(0).max(1).nullable();

export const ZScoreSchema = z
  .object({
    overall: z.number().min(0).max(1),
    byPillar: z.record(z.string(), share),
    byActor: z.record(z.string(), share),
  })
  .meta({
    description:
      "Share (0–1) of the measures addressed to government or parliament that are implemented, in progress counting half (docs/decisions/009-progress-rules.md). A group with no applicable measure is null.",
    examples: [
      {
        overall: 0.25,
        byPillar: { "1": 0.4, "2": 0, "3": null },
        byActor: { government: 0.3, parliament: 0 },
      },
    ],
  });

const RECORD_TYPES = ["commitment", "focal_point", "parliamentary_action"] as const;

export const ZCountrySchema = z.object({
  iso3: z.string().meta({ examples: ["GHA"] }),
  iso2: z.string(),
  name: ZLocalizedNameSchema,
  status: z.enum(["member", "observer"]),
  region: z.string().meta({ description: "M49 region code", examples: ["002"] }),
  regionName: ZLocalizedNameSchema,
  subregion: z.string(),
  subregionName: ZLocalizedNameSchema,
  group: z.string().nullable().meta({ description: "UN regional group" }),
  score: ZScoreSchema,
});
export const ZListCountriesPageOutputSchema = pageOf(ZCountrySchema);
export type TListCountriesPageOutput = z.infer<typeof ZListCountriesPageOutputSchema>;

export const ZMeasureStatusSchema = z.object({
  measure: z.string().meta({ description: "measure slug" }),
  status: z
    .enum(["committed", "in_progress", "implemented", "regressed"])
    .meta({ description: "measures not listed are `none`" }),
  since: ZDaySchema,
  evidence: z
    .array(z.object({ type: z.enum(RECORD_TYPES), id: ZUuidSchema }))
    .meta({ description: "The published records that decided the status (GET /records to read them)" }),
});

export const ZPublicCountryProfileSchema = z.object({
  iso3: z.string(),
  iso2: z.string(),
  name: ZLocalizedNameSchema,
  status: z.enum(["member", "observer"]),
  region: z.string(),
  regionName: ZLocalizedNameSchema,
  subregion: z.string(),
  group: z.string().nullable(),
  regionalOrganizations: z.array(z.string()).meta({ description: "slugs" }),
  focalPoints: z
    .array(
      z.object({
        id: ZUuidSchema,
        appointedOn: ZDaySchema,
        office: z.string().nullable(),
        positionTitle: z.string().nullable(),
        personName: z.string().nullable().meta({ description: "only when the record marks it public" }),
        network: z.boolean().meta({ description: "member of the Global Network of R2P Focal Points" }),
      }),
    )
    .meta({ description: "Published focal-point appointments in office today" }),
  score: ZScoreSchema,
  asOf: ZDaySchema.nullable().meta({ description: "the day the statuses were computed" }),
  lastEvidenceOn: ZDaySchema.nullable().meta({ description: "date of the latest published record" }),
  statuses: z.array(ZMeasureStatusSchema),
});
export type TPublicCountryProfile = z.infer<typeof ZPublicCountryProfileSchema>;
