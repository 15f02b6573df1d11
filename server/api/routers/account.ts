import { z } from "zod";
import { acceptInvitation, findOpenInvitation, ZAcceptInvitationInputSchema } from "~/server/services/accounts/accept-invitation";
import {
  requestPasswordReset,
  resetPassword,
  ZRequestPasswordResetInputSchema,
  ZResetPasswordInputSchema,
} from "~/server/services/accounts/password-reset";
import {
  getOwnAccount,
  updatePreferences,
  ZUpdatePreferencesInputSchema,
} from "~/server/services/accounts/update-preferences";
import { authedProcedure, createTRPCRouter, publicProcedure } from "../trpc";

export const accountRouter = createTRPCRouter({
  me: authedProcedure.query(({ ctx }) => getOwnAccount(ctx)),

  updatePreferences: authedProcedure
    .input(ZUpdatePreferencesInputSchema)
    .mutation(({ ctx, input }) => updatePreferences(ctx, input)),

  invitation: publicProcedure
    .input(z.object({ token: z.string().min(1).max(200) }))
    .query(({ input }) => findOpenInvitation(input.token)),

  acceptInvitation: publicProcedure
    .input(ZAcceptInvitationInputSchema)
    .mutation(({ ctx, input }) => acceptInvitation(ctx, input)),

  requestPasswordReset: publicProcedure
    .input(ZRequestPasswordResetInputSchema)
    .mutation(({ ctx, input }) => requestPasswordReset(ctx, input)),

  resetPassword: publicProcedure
    .input(ZResetPasswordInputSchema)
    .mutation(({ ctx, input }) => resetPassword(ctx, input)),
});
