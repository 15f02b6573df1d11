// Output schemas of the user and invitation administration.
// Generated from the services' return types, then kept by hand: a change in what a service
// returns must be mirrored here (tsc checks the service against the schema at the router).
import { LOCALES } from "~/db/locales";
import { z } from "zod";
import { ZLocalizedTextSchema } from "~/server/services/common.types";
import { ROLES } from "~/server/auth/policy";

export const ZUsersListOutputSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      email: z.string(),
      name: z.string(),
      locale: z.enum(LOCALES),
      isSample: z.boolean(),
      deactivatedAt: z.date().nullable(),
      version: z.number(),
      role: z.enum(ROLES),
      organizationId: z.string().nullable(),
      organizationName: ZLocalizedTextSchema.nullable(),
      countryIso3: z.string().nullable(),
    }),
  ),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export type TUsersListOutput = z.infer<typeof ZUsersListOutputSchema>;

export const ZUsersChangeRoleOutputSchema = z.object({
  id: z.string(),
  role: z.enum(ROLES),
  createdAt: z.date(),
  updatedAt: z.date(),
  userId: z.string(),
  countryIso3: z.string().nullable(),
  organizationId: z.string().nullable(),
  endedAt: z.date().nullable(),
});
export type TUsersChangeRoleOutput = z.infer<typeof ZUsersChangeRoleOutputSchema>;

export const ZUsersDeactivateOutputSchema = z.object({
  id: z.string(),
  email: z.string(),
  deactivatedAt: z.date().nullable(),
});
export type TUsersDeactivateOutput = z.infer<typeof ZUsersDeactivateOutputSchema>;

export const ZUsersReactivateOutputSchema = ZUsersDeactivateOutputSchema;
export type TUsersReactivateOutput = z.infer<typeof ZUsersReactivateOutputSchema>;

export const ZUsersInviteOutputSchema = z.object({
  locale: z.enum(LOCALES),
  name: z.string().nullable(),
  id: z.string(),
  email: z.string(),
  role: z.enum(ROLES),
  expiresAt: z.date(),
  createdAt: z.date(),
  countryIso3: z.string().nullable(),
  organizationId: z.string().nullable(),
  invitedById: z.string(),
  acceptedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
});
export type TUsersInviteOutput = z.infer<typeof ZUsersInviteOutputSchema>;

export const ZUsersInvitationsOutputSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      email: z.string(),
      role: z.enum(ROLES),
      organizationName: ZLocalizedTextSchema.nullable(),
      countryIso3: z.string().nullable(),
      expiresAt: z.date(),
      acceptedAt: z.date().nullable(),
      revokedAt: z.date().nullable(),
      createdAt: z.date(),
    }),
  ),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export type TUsersInvitationsOutput = z.infer<typeof ZUsersInvitationsOutputSchema>;

export const ZUsersRevokeInvitationOutputSchema = z.object({
  id: z.string(),
  email: z.string(),
  revokedAt: z.date().nullable(),
});
export type TUsersRevokeInvitationOutput = z.infer<typeof ZUsersRevokeInvitationOutputSchema>;
