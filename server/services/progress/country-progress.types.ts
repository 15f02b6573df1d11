// Output schemas of the public country list and profile (GET /api/v1/countries, /countries/{iso3}).
import { z } from "zod";
import { ZDaySchema, ZLocalizedTextSchema, ZUuidSchema, pageOf } from "~/server/services/common.types";
import { ZAsOfSchema } from "~/server/domain/dates";
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

/** countries.profile: a state, its regional organisations, focal points in office and progress. */
export const ZCountryProfileInputSchema = z.object({
  iso3: z.string().regex(/^[A-Z]{3}$/, { error: "validation.countryCode" }),
  asOf: ZAsOfSchema.optional(),
});
const ZFocalPointInOfficeSchema = ZPublicCountryProfileSchema.shape.focalPoints.element.extend({ title: ZLocalizedTextSchema });
export const ZCountryProfileSchema = z.object({
  iso3: z.string(),
  iso2: z.string(),
  name: ZLocalizedNameSchema,
  status: z.enum(["member", "observer"]),
  region: z.object({ code: z.string(), name: ZLocalizedNameSchema }),
  subregion: z.object({ code: z.string(), name: ZLocalizedNameSchema }),
  group: z.string().nullable(),
  regionalOrganizations: z.array(z.object({ slug: z.string(), acronym: ZLocalizedNameSchema, name: ZLocalizedNameSchema })),
  focalPoints: z.array(ZFocalPointInOfficeSchema),
  progress: z.object({
    iso3: z.string(),
    statuses: z.array(ZMeasureStatusSchema.extend({ measureId: ZUuidSchema })),
    scores: ZScoreSchema,
    asOf: ZDaySchema.nullable(),
    lastEvidenceOn: ZDaySchema.nullable(),
  }),
});
/** Null when the code names no state. */
export const ZCountryProfileOutputSchema = ZCountryProfileSchema.nullable();
export type TCountryProfile = z.infer<typeof ZCountryProfileSchema>;

/** The public API's shape of GET /api/v1/countries/{iso3}. */
export function publicCountryProfile(p: TCountryProfile): TPublicCountryProfile {
  return {
    iso3: p.iso3,
    iso2: p.iso2,
    name: p.name,
    status: p.status,
    region: p.region.code,
    regionName: p.region.name,
    subregion: p.subregion.code,
    group: p.group,
    regionalOrganizations: p.regionalOrganizations.map((o) => o.slug),
    focalPoints: p.focalPoints.map(({ title: _title, ...f }) => f),
    score: p.progress.scores,
    asOf: p.progress.asOf,
    lastEvidenceOn: p.progress.lastEvidenceOn,
    statuses: p.progress.statuses.map((s) => ({ measure: s.measure, status: s.status, since: s.since, evidence: s.evidence })),
  };
}

/** countries.name: a state's names; null when there is no such state. */
export const ZCountryNameInputSchema = ZCountryProfileInputSchema.pick({ iso3: true });
export const ZCountryNameOutputSchema = ZLocalizedNameSchema.nullable();
