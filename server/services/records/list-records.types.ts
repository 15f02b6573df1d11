// Output schemas of records.list and records.published (the public API's record shape).
import { z } from "zod";
import { recordTypeEnum, reviewStatusEnum } from "~/db/schema";
import { ZDaySchema, ZLocalizedTextSchema, ZUuidSchema, pageOf } from "~/server/services/common.types";

/** A line of the records list. `organizationName` is null for anonymous callers. */
export const ZRecordListItemSchema = z.object({
  id: ZUuidSchema,
  type: z.enum(recordTypeEnum.enumValues),
  reviewStatus: z.enum(reviewStatusEnum.enumValues),
  countryIso3: z.string().nullable(),
  countryName: ZLocalizedTextSchema.nullable(),
  regionalOrganizationId: z.number().int().nullable(),
  title: ZLocalizedTextSchema,
  date: ZDaySchema,
  status: z.string().nullable(),
  kind: z.string().nullable(),
  organizationName: ZLocalizedTextSchema.nullable(),
  isSample: z.boolean(),
  version: z.number().int(),
  hasPendingEdit: z.boolean(),
  updatedAt: z.date(),
  deletedAt: z.date().nullable(),
});
export const ZListRecordsOutputSchema = pageOf(ZRecordListItemSchema);
export type TListRecordsOutput = z.infer<typeof ZListRecordsOutputSchema>;

/** Anonymous: published records only, without the organisation that entered them. */
export const ZPublicListRecordsOutputSchema = pageOf(
  ZRecordListItemSchema.extend({
    reviewStatus: z.literal("published"),
    organizationName: z.null(),
    deletedAt: z.null(),
  }),
);

const str = z.string().nullable();

/** GET /api/v1/records and records.published: one published record. */
export const ZPublicRecordSchema = z
  .object({
    id: ZUuidSchema,
    type: z.enum(recordTypeEnum.enumValues),
    country: z.string().nullable().meta({ description: "ISO 3166 alpha-3" }),
    regionalOrganization: z.string().nullable().meta({ description: "slug, when the record belongs to one" }),
    title: ZLocalizedTextSchema,
    description: ZLocalizedTextSchema,
    date: ZDaySchema,
    status: str,
    measures: z.array(z.string()).meta({ description: "measure slugs" }),
    units: z.array(z.object({ document: z.string(), locator: z.string() })),
    evidence: z.array(
      z.union([
        z.object({ kind: z.literal("url"), url: z.string(), label: z.string() }),
        z.object({
          kind: z.literal("file"),
          file: z.string().meta({ examples: ["/api/files/0b6f3c2e-8d1a-4f57-9a0e-2c4b7d9e1f30"] }),
          label: z.string(),
        }),
      ]),
    ),
    // Type-specific fields (absent for the other types).
    kind: str.optional().meta({ description: "commitment or parliamentary action" }),
    venue: str.optional(),
    treaty: str.optional(),
    appointedOn: ZDaySchema.optional(),
    endedOn: ZDaySchema.nullable().optional(),
    office: str.optional(),
    positionTitle: str.optional(),
    personName: str.optional().meta({ description: "a focal point's name, null unless marked public" }),
    network: z.boolean().optional(),
    chamber: str.optional(),
    membersInvolved: str.optional(),
    outcome: str.optional(),
    reviewStatus: z.enum(reviewStatusEnum.enumValues),
    publishedAt: z.date().nullable(),
    updatedAt: z.date(),
  })
  .meta({
    description:
      "A published record. Type-specific fields: commitment `kind`, `venue`, `treaty`; focal_point `appointedOn`, `endedOn`, `office`, `positionTitle`, `personName`, `network`; parliamentary_action `chamber`, `kind`, `membersInvolved`, `outcome`.",
  });
export const ZPublicRecordsOutputSchema = pageOf(ZPublicRecordSchema);
export type TPublicRecordsOutput = z.infer<typeof ZPublicRecordsOutputSchema>;
