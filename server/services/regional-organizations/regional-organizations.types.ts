// Public contracts of regional organisations as subjects (issue 14): the list and one profile, as the
// pages and GET /api/v1/regional-organizations[/{id}] show them.
import { z } from "zod";
import { ZDaySchema, ZUuidSchema } from "~/server/services/common.types";
import { ZMeasureStatusSchema, ZScoreSchema } from "~/server/services/progress/country-progress.types";
import { ZAsOfSchema } from "~/server/domain/dates";
import { ZLocalizedNameSchema } from "~/server/domain/localized-name";

export const ZRegionalOrganizationParamsSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(100).meta({ description: "slug", examples: ["au"] }),
});
export const ZRegionalOrganizationQuerySchema = z.object({
  asOf: ZAsOfSchema.optional().meta({ description: "statuses and score as of this day (YYYY-MM-DD); default today" }),
});

const kind = z.enum(["regional", "subregional", "interregional"]);

export const ZRegionalOrganizationSummarySchema = z.object({
  id: z.string().meta({ description: "slug" }),
  acronym: ZLocalizedNameSchema,
  name: ZLocalizedNameSchema,
  kind,
  members: z.number().int(),
  focalPointInOffice: z.boolean(),
  score: ZScoreSchema,
});
export const ZRegionalOrganizationListSchema = z.object({ items: z.array(ZRegionalOrganizationSummarySchema), total: z.number().int() });

export const ZRegionalFocalPointSchema = z.object({
  id: ZUuidSchema,
  appointedOn: ZDaySchema,
  endedOn: ZDaySchema.nullable(),
  office: z.string().nullable(),
  positionTitle: z.string().nullable(),
  personName: z.string().nullable().meta({ description: "only when the record marks it public" }),
  network: z.boolean(),
});

export const ZRegionalOrganizationProfileSchema = z.object({
  id: z.string().meta({ description: "slug" }),
  acronym: ZLocalizedNameSchema,
  name: ZLocalizedNameSchema,
  kind,
  members: z.array(z.object({ iso3: z.string(), name: ZLocalizedNameSchema })),
  focalPoints: z.array(ZRegionalFocalPointSchema).meta({ description: "Every published appointment, newest first" }),
  focalPointInOffice: z.boolean(),
  asOf: ZDaySchema,
  score: ZScoreSchema.meta({ description: "Share of the measures addressed to regional bodies that are implemented, in progress counting half" }),
  statuses: z.array(ZMeasureStatusSchema),
  applicableMeasures: z.array(z.string()).meta({ description: "slugs of the measures addressed to regional bodies" }),
});
export type TRegionalOrganizationProfile = z.infer<typeof ZRegionalOrganizationProfileSchema>;

/** regionalOrganizations.profile: the path's slug and the query's day; null when there is no such organisation. */
export const ZRegionalOrganizationProfileInputSchema = ZRegionalOrganizationParamsSchema.extend(ZRegionalOrganizationQuerySchema.shape);
export const ZRegionalOrganizationProfileOutputSchema = ZRegionalOrganizationProfileSchema.nullable();
