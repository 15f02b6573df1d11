import { exportRecords, ZExportInputSchema } from "~/server/services/records/export-records";
import { getRecord, ZGetRecordInputSchema } from "~/server/services/records/get-record";
import {
  dryRunImport,
  importRecords,
  recordTemplate,
  ZImportInputSchema,
  ZTemplateInputSchema,
} from "~/server/services/records/import-records";
import { listRecords, ZListRecordsInputSchema } from "~/server/services/records/list-records";
import { listPublicRecords, ZPublicRecordsQuerySchema } from "~/server/services/records/public-records";
import { recordHistory, ZRecordHistoryInputSchema } from "~/server/services/records/record-history";
import {
  ZCreateRecordInputSchema,
  ZDecideInputSchema,
  ZRecordIdInputSchema,
  ZRecordVersionInputSchema,
  ZRestoreRevisionInputSchema,
  ZUpdateRecordInputSchema,
} from "~/server/services/records/record-schemas";
import { decideRecord, restoreRevision, submitRecord } from "~/server/services/records/review-record";
import { createRecord, setRecordDeleted, updateRecord } from "~/server/services/records/save-record";
import { uploadEvidence, ZUploadEvidenceInputSchema } from "~/server/services/uploads/evidence-files";
import { ZFileDownloadSchema, ZRecordTemplateOutputSchema } from "~/server/services/common.types";
import {
  ZGetRecordOutputSchema,
  ZPublicRecordDetailSchema,
} from "~/server/services/records/get-record.types";
import {
  ZListRecordsOutputSchema,
  ZPublicListRecordsOutputSchema,
  ZPublicRecordsOutputSchema,
} from "~/server/services/records/list-records.types";
import {
  ZRecordsCreateOutputSchema,
  ZRecordsDecideOutputSchema,
  ZRecordsDeleteOutputSchema,
  ZRecordsHistoryOutputSchema,
  ZRecordsImportDryRunOutputSchema,
  ZRecordsImportOutputSchema,
  ZRecordsRestoreOutputSchema,
  ZRecordsRestoreRevisionOutputSchema,
  ZRecordsSubmitOutputSchema,
  ZRecordsUpdateOutputSchema,
  ZRecordsUploadEvidenceOutputSchema,
} from "~/server/services/records/save-record.types";
import { createTRPCRouter, permissionProcedure, publicProcedure, revalidatesPublicPages } from "../trpc";

export const recordsRouter = createTRPCRouter({
  list: publicProcedure
    .meta({ anonymousOutput: ZPublicListRecordsOutputSchema })
    .input(ZListRecordsInputSchema)
    .output(ZListRecordsOutputSchema)
    .query(({ ctx, input }) => listRecords({ ctx, input })),
  /** Published records in the public API's shape (country page). */
  published: publicProcedure
    .meta({ anonymousOutput: ZPublicRecordsOutputSchema })
    .input(ZPublicRecordsQuerySchema)
    .output(ZPublicRecordsOutputSchema)
    .query(({ input }) => listPublicRecords({ input })),
  get: publicProcedure
    .meta({ anonymousOutput: ZPublicRecordDetailSchema })
    .input(ZGetRecordInputSchema)
    .output(ZGetRecordOutputSchema)
    .query(({ ctx, input }) => getRecord({ ctx, input })),

  create: permissionProcedure("record.propose")
    .input(ZCreateRecordInputSchema)
    .output(ZRecordsCreateOutputSchema)
    .mutation(({ ctx, input }) => createRecord({ ctx, input })),
  update: permissionProcedure("record.propose")
    .use(revalidatesPublicPages)
    .input(ZUpdateRecordInputSchema)
    .output(ZRecordsUpdateOutputSchema)
    .mutation(({ ctx, input }) => updateRecord({ ctx, input })),
  submit: permissionProcedure("record.propose")
    .input(ZRecordVersionInputSchema)
    .output(ZRecordsSubmitOutputSchema)
    .mutation(({ ctx, input }) => submitRecord({ ctx, input })),
  delete: permissionProcedure("record.propose")
    .use(revalidatesPublicPages)
    .input(ZRecordIdInputSchema)
    .output(ZRecordsDeleteOutputSchema)
    .mutation(({ ctx, input }) => setRecordDeleted({ ctx, input, deleted: true })),
  restore: permissionProcedure("record.restore")
    .use(revalidatesPublicPages)
    .input(ZRecordIdInputSchema)
    .output(ZRecordsRestoreOutputSchema)
    .mutation(({ ctx, input }) => setRecordDeleted({ ctx, input, deleted: false })),

  decide: permissionProcedure("record.review")
    .use(revalidatesPublicPages)
    .input(ZDecideInputSchema)
    .output(ZRecordsDecideOutputSchema)
    .mutation(({ ctx, input }) => decideRecord({ ctx, input })),
  history: permissionProcedure("record.history")
    .input(ZRecordHistoryInputSchema)
    .output(ZRecordsHistoryOutputSchema)
    .query(({ ctx, input }) => recordHistory({ ctx, input })),
  restoreRevision: permissionProcedure("record.restore")
    .use(revalidatesPublicPages)
    .input(ZRestoreRevisionInputSchema)
    .output(ZRecordsRestoreRevisionOutputSchema)
    .mutation(({ ctx, input }) => restoreRevision({ ctx, input })),

  /** CSV: the empty template of a type, a dry run listing every problem, and the all-or-nothing import. */
  template: publicProcedure
    .meta({ anonymousOutput: ZRecordTemplateOutputSchema })
    .input(ZTemplateInputSchema)
    .output(ZRecordTemplateOutputSchema)
    .query(({ input }) => recordTemplate({ input })),
  importDryRun: permissionProcedure("record.import")
    .input(ZImportInputSchema)
    .output(ZRecordsImportDryRunOutputSchema)
    .mutation(({ ctx, input }) => dryRunImport({ ctx, input, locale: ctx.locale })),
  import: permissionProcedure("record.import")
    .use(revalidatesPublicPages)
    .input(ZImportInputSchema)
    .output(ZRecordsImportOutputSchema)
    .mutation(({ ctx, input }) => importRecords({ ctx, input, locale: ctx.locale })),
  /** Any filtered list as CSV or JSON: only what the caller may see. */
  export: publicProcedure
    .meta({ anonymousOutput: ZFileDownloadSchema })
    .input(ZExportInputSchema)
    .output(ZFileDownloadSchema)
    .query(({ ctx, input }) => exportRecords({ ctx, input })),
  /** An evidence file (PDF, image, office document ≤ 20 MB, checked by its bytes), to attach to a record. */
  uploadEvidence: permissionProcedure("record.propose")
    .input(ZUploadEvidenceInputSchema)
    .output(ZRecordsUploadEvidenceOutputSchema)
    .mutation(({ ctx, input }) => uploadEvidence({ ctx, input })),
});
