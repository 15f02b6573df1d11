// Output schemas of the record workflow: saves, review, history, CSV import, evidence upload.
// Generated from the services' return types, then kept by hand: a change in what a service
// returns must be mirrored here (tsc checks the service against the schema at the router).
import { z } from "zod";
import { ZLocalizedTextSchema } from "~/server/services/common.types";

export const ZRecordsCreateOutputSchema = z.object({
  type: z.enum(["parliamentary_action", "commitment", "focal_point"]),
  version: z.number(),
  id: z.string(),
  date: z.string(),
  isSample: z.boolean(),
  createdAt: z.date(),
  updatedAt: z.date(),
  status: z.string().nullable(),
  countryIso3: z.string().nullable(),
  deletedAt: z.date().nullable(),
  organizationId: z.string().nullable(),
  kind: z.string().nullable(),
  outcome: z.string().nullable(),
  createdById: z.string(),
  title: ZLocalizedTextSchema,
  description: ZLocalizedTextSchema,
  reviewStatus: z.enum(["published", "rejected", "draft", "submitted", "changes_requested"]),
  regionalOrganizationId: z.number().nullable(),
  venue: z.string().nullable(),
  treaty: z.string().nullable(),
  endedOn: z.string().nullable(),
  office: z.string().nullable(),
  positionTitle: z.string().nullable(),
  personName: z.string().nullable(),
  personNamePublic: z.boolean(),
  network: z.boolean(),
  chamber: z.string().nullable(),
  membersInvolved: z.string().nullable(),
  notes: z.string(),
  pendingRevisionId: z.string().nullable(),
  submittedAt: z.date().nullable(),
  publishedAt: z.date().nullable(),
});
export type TRecordsCreateOutput = z.infer<typeof ZRecordsCreateOutputSchema>;

export const ZRecordsUpdateOutputSchema = z.object({
  id: z.string(),
  type: z.enum(["parliamentary_action", "commitment", "focal_point"]),
  reviewStatus: z.enum(["published", "rejected", "draft", "submitted", "changes_requested"]),
  countryIso3: z.string().nullable(),
  regionalOrganizationId: z.number().nullable(),
  title: ZLocalizedTextSchema,
  description: ZLocalizedTextSchema,
  date: z.string(),
  status: z.string().nullable(),
  kind: z.string().nullable(),
  venue: z.string().nullable(),
  treaty: z.string().nullable(),
  endedOn: z.string().nullable(),
  office: z.string().nullable(),
  positionTitle: z.string().nullable(),
  personName: z.string().nullable(),
  personNamePublic: z.boolean(),
  network: z.boolean(),
  chamber: z.string().nullable(),
  membersInvolved: z.string().nullable(),
  outcome: z.string().nullable(),
  notes: z.string(),
  organizationId: z.string().nullable(),
  createdById: z.string(),
  pendingRevisionId: z.string().nullable(),
  isSample: z.boolean(),
  version: z.number(),
  submittedAt: z.date().nullable(),
  publishedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  deletedAt: z.date().nullable(),
});
export type TRecordsUpdateOutput = z.infer<typeof ZRecordsUpdateOutputSchema>;

export const ZRecordsSubmitOutputSchema = ZRecordsUpdateOutputSchema;
export type TRecordsSubmitOutput = z.infer<typeof ZRecordsSubmitOutputSchema>;

export const ZRecordsDeleteOutputSchema = ZRecordsUpdateOutputSchema;
export type TRecordsDeleteOutput = z.infer<typeof ZRecordsDeleteOutputSchema>;

export const ZRecordsRestoreOutputSchema = ZRecordsUpdateOutputSchema;
export type TRecordsRestoreOutput = z.infer<typeof ZRecordsRestoreOutputSchema>;

export const ZRecordsDecideOutputSchema = ZRecordsUpdateOutputSchema;
export type TRecordsDecideOutput = z.infer<typeof ZRecordsDecideOutputSchema>;

export const ZRecordsHistoryOutputSchema = z.array(
  z.object({
    id: z.string(),
    number: z.number(),
    state: z.enum(["rejected", "pending", "changes_requested", "applied"]),
    createdAt: z.date(),
    createdBy: z.string().nullable(),
    diff: z.object({
      fields: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
      measures: z.object({ added: z.array(z.string()), removed: z.array(z.string()) }),
      units: z.object({ added: z.array(z.string()), removed: z.array(z.string()) }),
      evidence: z.object({ added: z.array(z.string()), removed: z.array(z.string()) }),
    }),
  }),
);
export type TRecordsHistoryOutput = z.infer<typeof ZRecordsHistoryOutputSchema>;

export const ZRecordsRestoreRevisionOutputSchema = ZRecordsUpdateOutputSchema;
export type TRecordsRestoreRevisionOutput = z.infer<typeof ZRecordsRestoreRevisionOutputSchema>;

export const ZRecordsImportDryRunOutputSchema = z.object({
  valid: z.number(),
  problems: z.array(z.object({ row: z.number(), column: z.string(), message: z.string() })),
});
export type TRecordsImportDryRunOutput = z.infer<typeof ZRecordsImportDryRunOutputSchema>;

export const ZRecordsImportOutputSchema = z.object({ imported: z.number() });
export type TRecordsImportOutput = z.infer<typeof ZRecordsImportOutputSchema>;

export const ZRecordsUploadEvidenceOutputSchema = z.object({
  id: z.string(),
  filename: z.string(),
  mime: z.string(),
  size: z.number(),
});
export type TRecordsUploadEvidenceOutput = z.infer<typeof ZRecordsUploadEvidenceOutputSchema>;
