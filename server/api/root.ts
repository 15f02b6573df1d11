import { accountRouter } from "./routers/account";
import { actionsRouter } from "./routers/actions";
import { adminRouter } from "./routers/admin";
import { dashboardRouter } from "./routers/dashboard";
import { documentsRouter } from "./routers/documents";
import { measuresRouter } from "./routers/measures";
import { organizationsRouter } from "./routers/organizations";
import { recordsRouter } from "./routers/records";
import { referenceRouter } from "./routers/reference";
import { usersRouter } from "./routers/users";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  account: accountRouter,
  actions: actionsRouter,
  admin: adminRouter,
  dashboard: dashboardRouter,
  documents: documentsRouter,
  measures: measuresRouter,
  organizations: organizationsRouter,
  records: recordsRouter,
  reference: referenceRouter,
  users: usersRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
