// Contract of the secretariat's bulk decision (records.decideMany): several proposals, one decision
// and one message; the answer reports each proposal on its own (decision 024).
import { z } from "zod";
import { DECISIONS } from "~/db/schema/record-vocabulary";
import { ZVersionSchema } from "~/server/validation/database-values";
import { ZUuidSchema } from "~/server/services/common.types";

/** How many proposals one bulk decision may carry: a page of the review queue. */
export const MAX_BULK_DECISIONS = 50;

export const ZDecideRecordsInputSchema = z
  .object({
    items: z
      .array(z.object({ id: z.uuid(), version: ZVersionSchema }))
      .min(1)
      .max(MAX_BULK_DECISIONS)
      .refine((items) => new Set(items.map((i) => i.id)).size === items.length, { message: "validation.duplicateItems" }),
    decision: z.enum(DECISIONS),
    message: z.string().trim().max(5000).default(""),
  })
  // As for one decision: the submitters must learn why when changes are asked for or it is rejected.
  .refine((v) => v.decision === "published" || v.message.length > 0, {
    path: ["message"],
    message: "validation.decisionMessage",
  });
export type TDecideRecordsInput = z.output<typeof ZDecideRecordsInputSchema>;

export const ZDecideRecordsItemSchema = z.object({
  id: ZUuidSchema,
  ok: z.boolean(),
  /** After a decision that went through. */
  reviewStatus: z.string().nullable(),
  version: z.number().int().nullable(),
  /** Why one did not go through (a version conflict, nothing waiting any more…), in the caller's language. */
  error: z.object({ code: z.string(), messageKey: z.string(), message: z.string() }).nullable(),
});
export const ZDecideRecordsOutputSchema = z.object({
  decided: z.number().int().min(0),
  failed: z.number().int().min(0),
  items: z.array(ZDecideRecordsItemSchema),
});
export type TDecideRecordsOutput = z.infer<typeof ZDecideRecordsOutputSchema>;
