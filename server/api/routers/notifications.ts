import { listNotifications, markRead, unreadCount } from "~/server/services/notifications/list-notifications";
import { ZListNotificationsInputSchema, ZMarkReadInputSchema } from "~/server/services/notifications/notification-schemas";
import { createTRPCRouter, permissionProcedure } from "../trpc";

const mine = permissionProcedure("notification.read");

export const notificationsRouter = createTRPCRouter({
  list: mine.input(ZListNotificationsInputSchema).query(({ ctx, input }) => listNotifications(ctx, input, ctx.locale)),
  unreadCount: mine.query(({ ctx }) => unreadCount(ctx)),
  markRead: mine.input(ZMarkReadInputSchema).mutation(({ ctx, input }) => markRead(ctx, input)),
  markAllRead: mine.mutation(({ ctx }) => markRead(ctx, { all: true })),
});
