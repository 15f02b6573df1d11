// The signed-in person for server components, route handlers and the tRPC context.
import "server-only";
import type { GetServerSidePropsContext } from "next";
import type { Session } from "next-auth";
import { cache } from "react";
import { getActor } from "~/server/services/accounts/get-actor";
import type { Actor } from "./policy";
import { auth } from "./config";

const actorOf = (session: Session | null): Promise<Actor | null> => {
  const id = session?.user?.id;
  return id ? getActor(id) : Promise.resolve(null);
};

export const currentActor = cache(async (): Promise<Actor | null> => actorOf(await auth()));

/** The same person, read from a route handler's own request (so the handler can be called directly in tests). */
export async function actorFromRequest(request: Request): Promise<Actor | null> {
  // next-auth's "API route" form reads the cookie from these headers; only `headers` of each is used.
  const context = { req: { headers: request.headers }, res: { headers: new Headers() } };
  return actorOf(await auth(context as unknown as GetServerSidePropsContext));
}
