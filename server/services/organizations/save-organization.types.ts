// Output schemas of the organisation mutations.
// Generated from the services' return types, then kept by hand: a change in what a service
// returns must be mirrored here (tsc checks the service against the schema at the router).
import { z } from "zod";
import { ZLocalizedTextSchema } from "~/server/services/common.types";

export const ZOrganizationsCreateOutputSchema = z.object({
  name: ZLocalizedTextSchema,
  version: z.number(),
  id: z.string(),
  isSample: z.boolean(),
  createdAt: z.date(),
  updatedAt: z.date(),
  slug: z.string(),
  countryIso3: z.string().nullable(),
  website: z.string().nullable(),
  requireTwoFactor: z.boolean(),
  deletedAt: z.date().nullable(),
});
export type TOrganizationsCreateOutput = z.infer<typeof ZOrganizationsCreateOutputSchema>;

export const ZOrganizationsUpdateOutputSchema = z.object({
  createdAt: z.date(),
  updatedAt: z.date(),
  id: z.string(),
  slug: z.string(),
  name: ZLocalizedTextSchema,
  countryIso3: z.string().nullable(),
  website: z.string().nullable(),
  isSample: z.boolean(),
  requireTwoFactor: z.boolean(),
  version: z.number(),
  deletedAt: z.date().nullable(),
});
export type TOrganizationsUpdateOutput = z.infer<typeof ZOrganizationsUpdateOutputSchema>;

export const ZOrganizationsDeleteOutputSchema = ZOrganizationsUpdateOutputSchema;
export type TOrganizationsDeleteOutput = z.infer<typeof ZOrganizationsDeleteOutputSchema>;

export const ZOrganizationsRestoreOutputSchema = ZOrganizationsUpdateOutputSchema;
export type TOrganizationsRestoreOutput = z.infer<typeof ZOrganizationsRestoreOutputSchema>;
