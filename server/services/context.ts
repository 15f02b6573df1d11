import type { Viewer } from "~/server/auth/policy";

/** Who is acting, and under which request: passed to every service that writes. */
export interface ServiceContext {
  viewer: Viewer | null;
  requestId: string;
}

/** Same, for services only a signed-in person reaches (the procedure has checked). */
export interface AuthedServiceContext extends ServiceContext {
  viewer: Viewer;
}

/**
 * Same, for services that limit how often a client may do something: `ip` is the client address the
 * route resolved (server/auth/client-ip.ts). Absent when the call does not come from a request (a
 * script, a test): then only the per-person limits apply.
 */
export interface ClientServiceContext extends ServiceContext {
  ip?: string;
}
