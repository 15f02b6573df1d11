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
import { createTRPCRouter, permissionProcedure, ZPageInputSchema } from "../trpc";

export const usersRouter = createTRPCRouter({
  list: permissionProcedure("user.list")
    .input(ZListUsersInputSchema)
    .query(({ ctx, input }) => listUsers(ctx.actor, input)),

  changeRole: permissionProcedure("user.changeRole")
    .input(ZChangeRoleInputSchema)
    .mutation(({ ctx, input }) => changeRole(ctx, input)),

  deactivate: permissionProcedure("user.deactivate")
    .input(ZUserIdInputSchema)
    .mutation(({ ctx, input }) => setUserDeactivated(ctx, input, true)),

  reactivate: permissionProcedure("user.deactivate")
    .input(ZUserIdInputSchema)
    .mutation(({ ctx, input }) => setUserDeactivated(ctx, input, false)),

  invite: permissionProcedure("invitation.create")
    .input(ZCreateInvitationInputSchema)
    .mutation(({ ctx, input }) => createInvitation(ctx, input)),

  invitations: permissionProcedure("invitation.list")
    .input(ZPageInputSchema)
    .query(({ input }) => listInvitations(input)),

  revokeInvitation: permissionProcedure("invitation.revoke")
    .input(z.object({ id: z.string().uuid() }))
    .mutation(({ ctx, input }) => revokeInvitation(ctx, input)),
});
