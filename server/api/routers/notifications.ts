import { listNotifications, markRead, unreadCount } from "~/server/services/notifications/list-notifications";
import {
  ZListNotificationsInputSchema,
  ZMarkReadInputSchema,
} from "~/server/services/notifications/notification-schemas";
import {
  ZNotificationsListOutputSchema,
  ZNotificationsMarkAllReadOutputSchema,
  ZNotificationsMarkReadOutputSchema,
  ZNotificationsUnreadCountOutputSchema,
} from "~/server/services/notifications/notifications.types";
import { createTRPCRouter, permissionProcedure } from "../trpc";

const mine = permissionProcedure("notification.read");

export const notificationsRouter = createTRPCRouter({
  list: mine
    .input(ZListNotificationsInputSchema)
    .output(ZNotificationsListOutputSchema)
    .query(({ ctx, input }) => listNotifications({ ctx, input, locale: ctx.locale })),
  unreadCount: mine.output(ZNotificationsUnreadCountOutputSchema).query(({ ctx }) => unreadCount({ ctx })),
  markRead: mine
    .input(ZMarkReadInputSchema)
    .output(ZNotificationsMarkReadOutputSchema)
    .mutation(({ ctx, input }) => markRead({ ctx, input })),
  markAllRead: mine
    .output(ZNotificationsMarkAllReadOutputSchema)
    .mutation(({ ctx }) => markRead({ ctx, input: { all: true } })),
});
