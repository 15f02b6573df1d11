import { accountRouter } from "./routers/account";
import { actionsRouter } from "./routers/actions";
import { activityRouter } from "./routers/activity";
import { adminRouter } from "./routers/admin";
import { commentsRouter } from "./routers/comments";
import { countriesRouter } from "./routers/countries";
import { dashboardRouter } from "./routers/dashboard";
import { documentsRouter } from "./routers/documents";
import { documentVersionsRouter } from "./routers/document-versions";
import { followsRouter } from "./routers/follows";
import { measuresRouter } from "./routers/measures";
import { notificationsRouter } from "./routers/notifications";
import { openDataRouter } from "./routers/open-data";
import { organizationsRouter } from "./routers/organizations";
import { recordsRouter } from "./routers/records";
import { referenceRouter } from "./routers/reference";
import { regionalOrganizationsRouter } from "./routers/regional-organizations";
import { statusEventsRouter } from "./routers/status-events";
import { tasksRouter } from "./routers/tasks";
import { twoFactorRouter } from "./routers/two-factor";
import { usersRouter } from "./routers/users";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  account: accountRouter,
  actions: actionsRouter,
  activity: activityRouter,
  admin: adminRouter,
  comments: commentsRouter,
  countries: countriesRouter,
  dashboard: dashboardRouter,
  documents: documentsRouter,
  documentVersions: documentVersionsRouter,
  follows: followsRouter,
  measures: measuresRouter,
  notifications: notificationsRouter,
  openData: openDataRouter,
  organizations: organizationsRouter,
  records: recordsRouter,
  reference: referenceRouter,
  regionalOrganizations: regionalOrganizationsRouter,
  statusEvents: statusEventsRouter,
  tasks: tasksRouter,
  twoFactor: twoFactorRouter,
  users: usersRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
