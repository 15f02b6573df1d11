// Output schemas of the notifications procedures.
// Generated from the services' return types, then kept by hand: a change in what a service
// returns must be mirrored here (tsc checks the service against the schema at the router).
import { z } from "zod";

export const ZNotificationsListOutputSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      subjectType: z.string(),
      subjectId: z.string(),
      text: z.string(),
      href: z.string().nullable(),
      read: z.boolean(),
      createdAt: z.date(),
    }),
  ),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export type TNotificationsListOutput = z.infer<typeof ZNotificationsListOutputSchema>;

export const ZNotificationsUnreadCountOutputSchema = z.number();
export type TNotificationsUnreadCountOutput = z.infer<typeof ZNotificationsUnreadCountOutputSchema>;

export const ZNotificationsMarkReadOutputSchema = z.object({ marked: z.number() });
export type TNotificationsMarkReadOutput = z.infer<typeof ZNotificationsMarkReadOutputSchema>;

export const ZNotificationsMarkAllReadOutputSchema = ZNotificationsMarkReadOutputSchema;
export type TNotificationsMarkAllReadOutput = z.infer<typeof ZNotificationsMarkAllReadOutputSchema>;
