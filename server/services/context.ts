import type { Actor } from "~/server/auth/policy";

/** Who is acting, and under which request: passed to every service that writes. */
export interface ServiceContext {
  actor: Actor | null;
  requestId: string;
}

/** Same, for services only a signed-in person reaches (the procedure has checked). */
export interface AuthedServiceContext extends ServiceContext {
  actor: Actor;
}
