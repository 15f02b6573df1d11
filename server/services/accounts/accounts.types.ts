// Output schemas of the anonymous account steps. Each answers only the holder of a secret token
// (their own invitation or reset link) or says nothing at all (a reset request).
import { z } from "zod";
import { localeEnum, roleEnum } from "~/db/schema";
import { ZUuidSchema } from "~/server/services/common.types";

export const ZFindInvitationOutputSchema = z
  .object({
    id: ZUuidSchema,
    email: z.string(),
    name: z.string().nullable(),
    role: z.enum(roleEnum.enumValues),
    locale: z.enum(localeEnum.enumValues),
    expiresAt: z.date(),
  })
  .nullable();
export type TFindInvitationOutput = z.infer<typeof ZFindInvitationOutputSchema>;

export const ZAcceptInvitationOutputSchema = z.object({
  email: z.string(),
  locale: z.enum(localeEnum.enumValues),
});
export type TAcceptInvitationOutput = z.infer<typeof ZAcceptInvitationOutputSchema>;

/** The same answer whether or not the address is known. */
export const ZRequestPasswordResetOutputSchema = z.object({ ok: z.literal(true) });

export const ZResetPasswordOutputSchema = z.object({ email: z.string() });
