import { z } from "zod";
import {
  acceptInvitation,
  findOpenInvitation,
  ZAcceptInvitationInputSchema,
} from "~/server/services/accounts/accept-invitation";
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
import {
  ZAcceptInvitationOutputSchema,
  ZFindInvitationOutputSchema,
  ZRequestPasswordResetOutputSchema,
  ZResetPasswordOutputSchema,
} from "~/server/services/accounts/accounts.types";
import {
  ZAccountMeOutputSchema,
  ZAccountUpdatePreferencesOutputSchema,
} from "~/server/services/accounts/update-preferences.types";
import { authedProcedure, createTRPCRouter, publicProcedure } from "../trpc";

export const accountRouter = createTRPCRouter({
  me: authedProcedure.output(ZAccountMeOutputSchema).query(({ ctx }) => getOwnAccount({ ctx })),

  updatePreferences: authedProcedure
    .input(ZUpdatePreferencesInputSchema)
    .output(ZAccountUpdatePreferencesOutputSchema)
    .mutation(({ ctx, input }) => updatePreferences({ ctx, input })),

  invitation: publicProcedure
    .meta({ anonymousOutput: ZFindInvitationOutputSchema })
    .input(z.object({ token: z.string().min(1).max(200) }))
    .output(ZFindInvitationOutputSchema)
    .query(({ input }) => findOpenInvitation({ input: input.token })),

  acceptInvitation: publicProcedure
    .meta({ anonymousOutput: ZAcceptInvitationOutputSchema })
    .input(ZAcceptInvitationInputSchema)
    .output(ZAcceptInvitationOutputSchema)
    .mutation(({ ctx, input }) => acceptInvitation({ ctx, input })),

  requestPasswordReset: publicProcedure
    .meta({ anonymousOutput: ZRequestPasswordResetOutputSchema })
    .input(ZRequestPasswordResetInputSchema)
    .output(ZRequestPasswordResetOutputSchema)
    .mutation(({ ctx, input }) => requestPasswordReset({ ctx, input })),

  resetPassword: publicProcedure
    .meta({ anonymousOutput: ZResetPasswordOutputSchema })
    .input(ZResetPasswordInputSchema)
    .output(ZResetPasswordOutputSchema)
    .mutation(({ ctx, input }) => resetPassword({ ctx, input })),
});
