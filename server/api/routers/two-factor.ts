// Second factor: one's own enrolment and codes, an admin's reset, an organisation's requirement.
// The enrolment procedures stay reachable while a required second factor is still missing.
import { beginEnrolment, confirmEnrolment } from "~/server/services/two-factor/enrolment";
import {
  disableTwoFactor,
  getTwoFactorStatus,
  regenerateRecoveryCodes,
} from "~/server/services/two-factor/manage-two-factor";
import { setOrganizationRequirement } from "~/server/services/two-factor/organization-requirement";
import { resetTwoFactor } from "~/server/services/two-factor/reset-two-factor";
import {
  ZBeginEnrolmentOutputSchema,
  ZCodeInputSchema,
  ZOkOutputSchema,
  ZRecoveryCodesOutputSchema,
  ZResetTwoFactorInputSchema,
  ZSetOrganizationRequirementInputSchema,
  ZSetOrganizationRequirementOutputSchema,
  ZTwoFactorStatusOutputSchema,
} from "~/server/services/two-factor/two-factor.types";
import { authedProcedure, createTRPCRouter, enrolmentProcedure, permissionProcedure } from "../trpc";

export const twoFactorRouter = createTRPCRouter({
  status: enrolmentProcedure.output(ZTwoFactorStatusOutputSchema).query(({ ctx }) => getTwoFactorStatus({ ctx })),

  beginEnrolment: enrolmentProcedure.output(ZBeginEnrolmentOutputSchema).mutation(({ ctx }) => beginEnrolment({ ctx })),

  confirmEnrolment: enrolmentProcedure
    .input(ZCodeInputSchema)
    .output(ZRecoveryCodesOutputSchema)
    .mutation(({ ctx, input }) => confirmEnrolment({ ctx, input })),

  disable: authedProcedure
    .input(ZCodeInputSchema)
    .output(ZOkOutputSchema)
    .mutation(({ ctx, input }) => disableTwoFactor({ ctx, input })),

  regenerateRecoveryCodes: authedProcedure
    .input(ZCodeInputSchema)
    .output(ZRecoveryCodesOutputSchema)
    .mutation(({ ctx, input }) => regenerateRecoveryCodes({ ctx, input })),

  reset: permissionProcedure("user.resetTwoFactor")
    .input(ZResetTwoFactorInputSchema)
    .output(ZOkOutputSchema)
    .mutation(({ ctx, input }) => resetTwoFactor({ ctx, input })),

  setOrganizationRequirement: permissionProcedure("organization.requireTwoFactor")
    .input(ZSetOrganizationRequirementInputSchema)
    .output(ZSetOrganizationRequirementOutputSchema)
    .mutation(({ ctx, input }) => setOrganizationRequirement({ ctx, input })),
});
