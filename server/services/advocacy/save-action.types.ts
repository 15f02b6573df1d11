// Output schemas of the action mutations: the saved row as the service returns it.
// Generated from the services' return types, then kept by hand: a change in what a service
// returns must be mirrored here (tsc checks the service against the schema at the router).
import { z } from "zod";

export const ZActionsCreateOutputSchema = z.object({
  version: z.number(),
  id: z.string(),
  title: z.string(),
  date: z.string(),
  isSample: z.boolean(),
  createdAt: z.date(),
  updatedAt: z.date(),
  deletedAt: z.date().nullable(),
  organizationId: z.string(),
  kind: z.string(),
  summary: z.string(),
  outcome: z.string(),
  outcomeKind: z.string(),
  visibility: z.enum(["organization", "coalition", "public"]),
  createdById: z.string(),
  searchTokens: z.string(),
  searchSimple: z.string().nullable(),
  searchEnglish: z.string().nullable(),
});
export type TActionsCreateOutput = z.infer<typeof ZActionsCreateOutputSchema>;

export const ZActionsUpdateOutputSchema = z.object({
  id: z.string(),
  organizationId: z.string(),
  createdById: z.string(),
  kind: z.string(),
  date: z.string(),
  title: z.string(),
  summary: z.string(),
  outcome: z.string(),
  outcomeKind: z.string(),
  visibility: z.enum(["organization", "coalition", "public"]),
  isSample: z.boolean(),
  version: z.number(),
  searchTokens: z.string(),
  searchSimple: z.string().nullable(),
  searchEnglish: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  deletedAt: z.date().nullable(),
});
export type TActionsUpdateOutput = z.infer<typeof ZActionsUpdateOutputSchema>;

export const ZActionsDeleteOutputSchema = ZActionsUpdateOutputSchema;
export type TActionsDeleteOutput = z.infer<typeof ZActionsDeleteOutputSchema>;
