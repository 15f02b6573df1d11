// Contracts of the follows procedures: what can be followed, and what the caller gets back.
import { z } from "zod";
import { ZLocalizedTextSchema, ZUuidSchema, pageOf } from "~/server/services/common.types";

const country = z.object({
  subjectType: z.literal("country"),
  subjectKey: z.string().regex(/^[A-Z]{3}$/, { error: "validation.countryCode" }),
});
const measure = z.object({ subjectType: z.literal("measure"), subjectKey: z.uuid() });
const action = z.object({ subjectType: z.literal("action"), subjectKey: z.uuid() });

/** A followable subject: a country by ISO3, a measure or an action by id. */
export const ZFollowSubjectInputSchema = z.discriminatedUnion("subjectType", [country, measure, action]);
export type TFollowSubjectInput = z.infer<typeof ZFollowSubjectInputSchema>;

export const ZSetFollowInputSchema = z.intersection(ZFollowSubjectInputSchema, z.object({ following: z.boolean() }));
export type TSetFollowInput = z.infer<typeof ZSetFollowInputSchema>;

export const ZListFollowsInputSchema = z.object({
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(30),
});
export type TListFollowsInput = z.infer<typeof ZListFollowsInputSchema>;

export const ZFollowStateOutputSchema = z.object({
  subjectType: z.enum(["country", "measure", "action"]),
  subjectKey: z.string(),
  following: z.boolean(),
});
export type TFollowStateOutput = z.infer<typeof ZFollowStateOutputSchema>;

export const ZFollowItemSchema = z.object({
  id: ZUuidSchema,
  subjectType: z.enum(["country", "measure", "action"]),
  subjectKey: z.string(),
  title: ZLocalizedTextSchema,
  /** Path without the locale prefix. */
  href: z.string(),
  createdAt: z.date(),
});
export const ZListFollowsOutputSchema = pageOf(ZFollowItemSchema);
export type TListFollowsOutput = z.infer<typeof ZListFollowsOutputSchema>;
