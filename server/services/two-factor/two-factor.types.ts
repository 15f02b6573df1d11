// The contracts of the two-factor procedures (server/api/routers/two-factor.ts).
import { z } from "zod";
import { ZLocalizedTextSchema } from "~/server/services/common.types";

/** A TOTP code (6 digits) or a recovery code (10 letters and digits); spaces and dashes are ignored. */
export const ZSecondFactorCodeSchema = z.string().trim().min(6).max(40);
/** Only a TOTP code proves the authenticator is at hand (to disable, or to renew recovery codes). */
export const ZTotpCodeSchema = z.string().trim().regex(/^\d{3}[\s-]?\d{3}$/);

export const ZTwoFactorStatusOutputSchema = z.object({
  enabled: z.boolean(),
  enabledAt: z.date().nullable(),
  /** Required of this person (role, or their organisation's choice). */
  required: z.boolean(),
  /** An enrolment was started and awaits its first code. */
  pending: z.boolean(),
  recoveryCodesLeft: z.number().int(),
  /** The person's organisation, and whether it requires a second factor of its members. */
  organization: z.object({ id: z.string().uuid(), name: ZLocalizedTextSchema, requireTwoFactor: z.boolean() }).nullable(),
});

export const ZBeginEnrolmentOutputSchema = z.object({
  /** Base32, for typing into an authenticator app by hand. */
  secret: z.string(),
  otpauthUri: z.string(),
  /** The same URI as a QR code, an SVG data URL. */
  qrCode: z.string(),
});

export const ZCodeInputSchema = z.object({ code: ZTotpCodeSchema });
export const ZRecoveryCodesOutputSchema = z.object({ recoveryCodes: z.array(z.string()) });
export const ZOkOutputSchema = z.object({ ok: z.literal(true) });

export const ZResetTwoFactorInputSchema = z.object({ userId: z.string().uuid() });

export const ZSetOrganizationRequirementInputSchema = z.object({
  organizationId: z.string().uuid(),
  required: z.boolean(),
});
export const ZSetOrganizationRequirementOutputSchema = z.object({
  organizationId: z.string().uuid(),
  requireTwoFactor: z.boolean(),
});
