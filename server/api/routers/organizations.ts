import {
  ZCreateOrganizationInputSchema,
  ZOrganizationIdInputSchema,
  ZUpdateOrganizationInputSchema,
} from "~/server/services/organizations/organization-schemas";
import {
  listOrganizations,
  ZListOrganizationsInputSchema,
} from "~/server/services/organizations/list-organizations";
import {
  createOrganization,
  setOrganizationDeleted,
  updateOrganization,
} from "~/server/services/organizations/save-organization";
import {
  ZListOrganizationsOutputSchema,
  ZPublicListOrganizationsOutputSchema,
} from "~/server/services/organizations/organizations.types";
import {
  ZOrganizationsCreateOutputSchema,
  ZOrganizationsDeleteOutputSchema,
  ZOrganizationsRestoreOutputSchema,
  ZOrganizationsUpdateOutputSchema,
} from "~/server/services/organizations/save-organization.types";
import { createTRPCRouter, permissionProcedure, publicProcedure } from "../trpc";

export const organizationsRouter = createTRPCRouter({
  list: publicProcedure
    .meta({ anonymousOutput: ZPublicListOrganizationsOutputSchema })
    .input(ZListOrganizationsInputSchema)
    .output(ZListOrganizationsOutputSchema)
    .query(({ ctx, input }) => listOrganizations({ ctx, input })),

  create: permissionProcedure("organization.create")
    .input(ZCreateOrganizationInputSchema)
    .output(ZOrganizationsCreateOutputSchema)
    .mutation(({ ctx, input }) => createOrganization({ ctx, input })),

  update: permissionProcedure("organization.update")
    .input(ZUpdateOrganizationInputSchema)
    .output(ZOrganizationsUpdateOutputSchema)
    .mutation(({ ctx, input }) => updateOrganization({ ctx, input })),

  delete: permissionProcedure("organization.delete")
    .input(ZOrganizationIdInputSchema)
    .output(ZOrganizationsDeleteOutputSchema)
    .mutation(({ ctx, input }) => setOrganizationDeleted({ ctx, input, deleted: true })),

  restore: permissionProcedure("organization.delete")
    .input(ZOrganizationIdInputSchema)
    .output(ZOrganizationsRestoreOutputSchema)
    .mutation(({ ctx, input }) => setOrganizationDeleted({ ctx, input, deleted: false })),
});
