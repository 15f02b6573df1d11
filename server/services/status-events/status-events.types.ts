// Contracts of the status-event procedures (decision 025): a dated change of a commitment's or a
// parliamentary action's real-world status, proposed and reviewed like a record.
import { z } from "zod";
import { ZLocalizedTextSchema } from "~/server/services/common.types";
import { ZVersionSchema } from "~/server/validation/database-values";

const isoDate = z.iso.date();

export const ZProposeStatusEventInputSchema = z.object({
  recordId: z.uuid(),
  /** The day the status changed in the world. */
  date: isoDate,
  /** A status of the record's type (record-vocabulary.ts); the service checks it against the type. */
  status: z.string().trim().min(1).max(40),
  evidenceUrl: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .nullish()
    .transform((v) => v ?? null),
  note: z.string().trim().max(5000).default(""),
});
export type TProposeStatusEventInput = z.output<typeof ZProposeStatusEventInputSchema>;

export const ZDecideStatusEventInputSchema = z
  .object({
    id: z.uuid(),
    version: ZVersionSchema,
    decision: z.enum(["published", "rejected"]),
    message: z.string().trim().max(5000).default(""),
  })
  // The proposer must learn why a change was turned down.
  .refine((v) => v.decision === "published" || v.message.length > 0, { path: ["message"], message: "validation.decisionMessage" });
export type TDecideStatusEventInput = z.output<typeof ZDecideStatusEventInputSchema>;

export const ZListStatusEventsInputSchema = z.object({ recordId: z.uuid() });
export const ZStatusEventQueueInputSchema = z.object({
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(20),
});

/** What anyone may read of a published event. */
export const ZPublicStatusEventSchema = z.object({
  id: z.string(),
  recordId: z.string(),
  origin: z.enum(["opening", "update"]),
  date: z.string(),
  status: z.string(),
  evidenceUrl: z.string().nullable(),
  note: z.string(),
  publishedAt: z.date().nullable(),
});

export const ZStatusEventSchema = ZPublicStatusEventSchema.extend({
  reviewStatus: z.enum(["published", "rejected", "draft", "submitted", "changes_requested"]),
  decisionMessage: z.string(),
  version: z.number(),
  createdAt: z.date(),
});
export type TStatusEvent = z.infer<typeof ZStatusEventSchema>;

export const ZStatusEventListOutputSchema = z.object({ items: z.array(ZStatusEventSchema) });
export const ZPublicStatusEventListOutputSchema = z.object({ items: z.array(ZPublicStatusEventSchema) });

/** A waiting proposal with what the reviewer needs beside it: the record and its current status. */
export const ZStatusEventQueueItemSchema = ZStatusEventSchema.extend({
  record: z.object({
    id: z.string(),
    type: z.enum(["commitment", "parliamentary_action", "focal_point"]),
    title: ZLocalizedTextSchema,
    countryIso3: z.string().nullable(),
    status: z.string().nullable(),
    date: z.string(),
  }),
});
export const ZStatusEventQueueOutputSchema = z.object({
  items: z.array(ZStatusEventQueueItemSchema),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
