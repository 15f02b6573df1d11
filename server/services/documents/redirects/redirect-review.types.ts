// Contracts of the redirect review (issue 14, part 4; decision 033): a paragraph retired by a re-import
// whose successor was uncertain waits for the secretariat, who confirms the proposed successor or
// re-points the redirect to another paragraph of the same document.
import { z } from "zod";
import { ZLocalizedTextSchema, ZUuidSchema, pageOf } from "~/server/services/common.types";

export const ZRedirectsToReviewInputSchema = z.object({
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(50).default(10),
});
export type TRedirectsToReviewInput = z.output<typeof ZRedirectsToReviewInputSchema>;

/**
 * `proposedUnitId` is the successor the reviewer saw (null: none was proposed). It plays the part of
 * a version: if a later re-import moved the proposal meanwhile, the decision is refused as stale.
 */
export const ZDecideRedirectInputSchema = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("confirm"), fromUnitId: z.uuid(), proposedUnitId: z.uuid() }),
  z.object({ decision: z.literal("repoint"), fromUnitId: z.uuid(), proposedUnitId: z.uuid().nullable(), toUnitId: z.uuid() }),
]);
export type TDecideRedirectInput = z.output<typeof ZDecideRedirectInputSchema>;

export const ZRedirectUnitSchema = z.object({
  id: ZUuidSchema,
  locator: z.string(),
  heading: z.string(),
  text: z.string(),
});
export type TRedirectUnit = z.infer<typeof ZRedirectUnitSchema>;

/** How many links of each kind still hang on the retired paragraph and will follow the decision. */
export const ZRedirectLinkCountsSchema = z.object({
  citations: z.number().int().min(0),
  measureSources: z.number().int().min(0),
  records: z.number().int().min(0),
  actions: z.number().int().min(0),
});
export type TRedirectLinkCounts = z.infer<typeof ZRedirectLinkCountsSchema>;

export const ZRedirectToReviewSchema = z.object({
  fromUnitId: ZUuidSchema,
  document: z.object({ id: ZUuidSchema, slug: z.string(), symbol: z.string().nullable(), title: ZLocalizedTextSchema, version: z.number().int() }),
  /** The document version whose import retired the paragraph. */
  documentVersion: z.number().int(),
  similarity: z.number().nullable(),
  createdAt: z.date(),
  old: ZRedirectUnitSchema,
  proposed: ZRedirectUnitSchema.nullable(),
  links: ZRedirectLinkCountsSchema,
});
export type TRedirectToReview = z.infer<typeof ZRedirectToReviewSchema>;

export const ZRedirectsToReviewOutputSchema = pageOf(ZRedirectToReviewSchema);

export const ZDecideRedirectOutputSchema = z.object({
  fromUnitId: ZUuidSchema,
  toUnitId: ZUuidSchema,
  decision: z.enum(["confirm", "repoint"]),
  moved: ZRedirectLinkCountsSchema,
});
export type TDecideRedirectOutput = z.infer<typeof ZDecideRedirectOutputSchema>;

/** documents.redirectCandidates: the picker's live paragraphs of the redirect's own document. */
export const ZRedirectCandidatesInputSchema = z.object({
  fromUnitId: z.uuid(),
  q: z.string().trim().max(200).default(""),
  page: z.number().int().min(1).max(1000).default(1),
});
export type TRedirectCandidatesInput = z.output<typeof ZRedirectCandidatesInputSchema>;
export const ZRedirectCandidatesOutputSchema = pageOf(ZRedirectUnitSchema);
