// The signed-in person for server components, route handlers and the tRPC context.
import "server-only";
import { cache } from "react";
import { getActor } from "~/server/services/accounts/get-actor";
import type { Actor } from "./policy";
import { auth } from "./config";

export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const id = session?.user?.id;
  return id ? getActor(id) : null;
});
