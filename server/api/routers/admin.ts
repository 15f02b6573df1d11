import { listAuditEvents, ZListAuditEventsInputSchema } from "~/server/services/audit/list-audit-events";
import { listMail } from "~/server/mail/list-mail";
import { createTRPCRouter, permissionProcedure, ZPageInputSchema } from "../trpc";

export const adminRouter = createTRPCRouter({
  auditEvents: permissionProcedure("audit.read")
    .input(ZListAuditEventsInputSchema)
    .query(({ input }) => listAuditEvents(input)),

  mailbox: permissionProcedure("mailbox.read")
    .input(ZPageInputSchema)
    .query(({ input }) => listMail(input)),
});
