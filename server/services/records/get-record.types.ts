// Output schemas of records.get: the record as a signed-in person sees it, and the allow-list an
// anonymous visitor gets (no notes, no ids of people or organisations, no review bookkeeping).
import { z } from "zod";
import { recordTypeEnum, reviewStatusEnum, revisionStateEnum } from "~/db/schema";
import { ZDaySchema, ZUuidSchema, ZLocalizedTextSchema } from "~/server/services/common.types";
import { ZLocalizedNameSchema } from "~/server/domain/localized-name";

const ZEvidenceSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("url"), url: z.string(), label: z.string() }),
  z.object({
    kind: z.literal("file"),
    uploadId: ZUuidSchema,
    label: z.string(),
    filename: z.string().optional(),
  }),
]);

/** The columns a revision snapshots (record-links.ts SNAPSHOT_FIELDS). */
const ZRecordColumnsSchema = z.object({
  countryIso3: z.string().nullable(),
  regionalOrganizationId: z.number().int().nullable(),
  title: ZLocalizedTextSchema,
  description: ZLocalizedTextSchema,
  date: ZDaySchema,
  status: z.string().nullable(),
  kind: z.string().nullable(),
  venue: z.string().nullable(),
  treaty: z.string().nullable(),
  endedOn: ZDaySchema.nullable(),
  office: z.string().nullable(),
  positionTitle: z.string().nullable(),
  personName: z.string().nullable(),
  personNamePublic: z.boolean(),
  network: z.boolean(),
  chamber: z.string().nullable(),
  membersInvolved: z.string().nullable(),
  outcome: z.string().nullable(),
  notes: z.string(),
});

export const ZSnapshotSchema = z.object({
  fields: ZRecordColumnsSchema,
  measures: z.array(z.object({ id: ZUuidSchema, slug: z.string() })),
  units: z.array(z.object({ id: ZUuidSchema, document: z.string(), locator: z.string() })),
  evidence: z.array(ZEvidenceSchema),
});

const addedRemoved = z.object({ added: z.array(z.string()), removed: z.array(z.string()) });
export const ZSnapshotDiffSchema = z.object({
  fields: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
  measures: addedRemoved,
  units: addedRemoved,
  evidence: addedRemoved,
});

/** What anyone may read of a published record. */
export const ZPublicRecordDetailSchema = ZRecordColumnsSchema.omit({ notes: true }).extend({
  id: ZUuidSchema,
  type: z.enum(recordTypeEnum.enumValues),
  reviewStatus: z.enum(reviewStatusEnum.enumValues),
  isSample: z.boolean(),
  version: z.number().int(),
  publishedAt: z.date().nullable(),
  updatedAt: z.date(),
  deletedAt: z.date().nullable(),
  countryName: ZLocalizedNameSchema.nullable(),
  regionName: ZLocalizedNameSchema.nullable().meta({ description: "the regional organisation's acronym" }),
  /** Who entered it: for its organisation's people and staff only (null otherwise). */
  organizationName: ZLocalizedTextSchema.nullable(),
  createdByName: z.string().nullable(),
  measures: z.array(z.object({ slug: z.string(), title: ZLocalizedTextSchema })),
  units: z.array(
    z.object({ document: z.string(), symbol: z.string().nullable(), locator: z.string(), text: z.string() }),
  ),
  evidence: z.array(ZEvidenceSchema),
  snapshot: ZSnapshotSchema.nullable(),
  decisions: z.array(
    z.object({ decision: z.string(), message: z.string(), createdAt: z.date(), decidedBy: z.string() }),
  ),
  pending: z
    .object({
      id: ZUuidSchema,
      state: z.enum(revisionStateEnum.enumValues),
      snapshot: ZSnapshotSchema,
      diff: ZSnapshotDiffSchema,
    })
    .nullable(),
  may: z.object({
    edit: z.boolean(),
    submit: z.boolean(),
    review: z.boolean(),
    delete: z.boolean(),
    restore: z.boolean(),
    history: z.boolean(),
  }),
});

/** Signed in: the internal columns too (absent for anonymous callers). */
export const ZGetRecordOutputSchema = ZPublicRecordDetailSchema.extend({
  notes: z.string().optional(),
  organizationId: ZUuidSchema.nullable().optional(),
  createdById: ZUuidSchema.optional(),
  pendingRevisionId: ZUuidSchema.nullable().optional(),
  submittedAt: z.date().nullable().optional(),
  createdAt: z.date().optional(),
});
export type TGetRecordOutput = z.infer<typeof ZGetRecordOutputSchema>;
