// What a role needs: a member belongs to an organisation; a parliamentarian to a country; staff
// belong to no organisation (decision 016).
import { z } from "zod";
import { holdsCountry, holdsOrganization, ROLES } from "~/server/auth/policy";

export const ZRoleAssignmentSchema = z
  .object({
    role: z.enum(ROLES),
    organizationId: z.string().uuid().nullish(),
    countryIso3: z
      .string()
      .regex(/^[A-Z]{3}$/, { error: "validation.countryCode" })
      .nullish(),
  })
  .superRefine((v, ctx) => {
    if (holdsOrganization(v.role) && !v.organizationId) {
      ctx.addIssue({ code: "custom", path: ["organizationId"], message: "validation.required" });
    }
    if (!holdsOrganization(v.role) && v.organizationId) {
      ctx.addIssue({ code: "custom", path: ["organizationId"], message: "validation.noOrganizationForRole" });
    }
    if (holdsCountry(v.role) && !v.countryIso3) {
      ctx.addIssue({ code: "custom", path: ["countryIso3"], message: "validation.required" });
    }
  });
