import { accountRouter } from "./routers/account";
import { adminRouter } from "./routers/admin";
import { documentsRouter } from "./routers/documents";
import { organizationsRouter } from "./routers/organizations";
import { referenceRouter } from "./routers/reference";
import { usersRouter } from "./routers/users";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  account: accountRouter,
  admin: adminRouter,
  documents: documentsRouter,
  organizations: organizationsRouter,
  reference: referenceRouter,
  users: usersRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
