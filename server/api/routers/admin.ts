import { listAuditEvents, ZListAuditEventsInputSchema } from "~/server/services/audit/list-audit-events";
import { listMail } from "~/server/mail/list-mail";
import {
  ZAdminAuditEventsOutputSchema,
  ZAdminMailboxOutputSchema,
} from "~/server/services/audit/admin.types";
import { createTRPCRouter, permissionProcedure, ZPageInputSchema } from "../trpc";

export const adminRouter = createTRPCRouter({
  auditEvents: permissionProcedure("audit.read")
    .input(ZListAuditEventsInputSchema)
    .output(ZAdminAuditEventsOutputSchema)
    .query(({ input }) => listAuditEvents({ input })),

  mailbox: permissionProcedure("mailbox.read")
    .input(ZPageInputSchema)
    .output(ZAdminMailboxOutputSchema)
    .query(({ input }) => listMail(input)),
});
