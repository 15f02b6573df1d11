import { z } from "zod";
import { createInvitation, ZCreateInvitationInputSchema } from "~/server/services/accounts/create-invitation";
import { listInvitations } from "~/server/services/accounts/list-invitations";
import { revokeInvitation } from "~/server/services/accounts/revoke-invitation";
import { listUsers, ZListUsersInputSchema } from "~/server/services/users/list-users";
import {
  changeRole,
  setUserDeactivated,
  ZChangeRoleInputSchema,
  ZUserIdInputSchema,
} from "~/server/services/users/manage-user";
import {
  ZUsersChangeRoleOutputSchema,
  ZUsersDeactivateOutputSchema,
  ZUsersInvitationsOutputSchema,
  ZUsersInviteOutputSchema,
  ZUsersListOutputSchema,
  ZUsersReactivateOutputSchema,
  ZUsersRevokeInvitationOutputSchema,
} from "~/server/services/users/users.types";
import { createTRPCRouter, permissionProcedure, ZPageInputSchema } from "../trpc";

export const usersRouter = createTRPCRouter({
  list: permissionProcedure("user.list")
    .input(ZListUsersInputSchema)
    .output(ZUsersListOutputSchema)
    .query(({ ctx, input }) => listUsers({ ctx, input })),

  changeRole: permissionProcedure("user.changeRole")
    .input(ZChangeRoleInputSchema)
    .output(ZUsersChangeRoleOutputSchema)
    .mutation(({ ctx, input }) => changeRole({ ctx, input })),

  deactivate: permissionProcedure("user.deactivate")
    .input(ZUserIdInputSchema)
    .output(ZUsersDeactivateOutputSchema)
    .mutation(({ ctx, input }) => setUserDeactivated({ ctx, input, deactivated: true })),

  reactivate: permissionProcedure("user.deactivate")
    .input(ZUserIdInputSchema)
    .output(ZUsersReactivateOutputSchema)
    .mutation(({ ctx, input }) => setUserDeactivated({ ctx, input, deactivated: false })),

  invite: permissionProcedure("invitation.create")
    .input(ZCreateInvitationInputSchema)
    .output(ZUsersInviteOutputSchema)
    .mutation(({ ctx, input }) => createInvitation({ ctx, input })),

  invitations: permissionProcedure("invitation.list")
    .input(ZPageInputSchema)
    .output(ZUsersInvitationsOutputSchema)
    .query(({ input }) => listInvitations({ input })),

  revokeInvitation: permissionProcedure("invitation.revoke")
    .input(z.object({ id: z.string().uuid() }))
    .output(ZUsersRevokeInvitationOutputSchema)
    .mutation(({ ctx, input }) => revokeInvitation({ ctx, input })),
});
