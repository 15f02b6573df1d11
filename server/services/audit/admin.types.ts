// Output schemas of the admin pages: the audit log and the mailbox.
// Generated from the services' return types, then kept by hand: a change in what a service
// returns must be mirrored here (tsc checks the service against the schema at the router).
import { z } from "zod";

export const ZAdminAuditEventsOutputSchema = z.object({
  items: z.array(
    z.object({
      id: z.number(),
      action: z.string(),
      entityType: z.string(),
      entityId: z.string(),
      before: z.unknown(),
      after: z.unknown(),
      requestId: z.string().nullable(),
      createdAt: z.date(),
      actorEmail: z.string().nullable(),
    }),
  ),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export type TAdminAuditEventsOutput = z.infer<typeof ZAdminAuditEventsOutputSchema>;

export const ZAdminMailboxOutputSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      to: z.string(),
      subject: z.string(),
      text: z.string(),
      transport: z.enum(["smtp", "log"]),
      sentAt: z.date().nullable(),
      error: z.string().nullable(),
      createdAt: z.date(),
    }),
  ),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export type TAdminMailboxOutput = z.infer<typeof ZAdminMailboxOutputSchema>;
