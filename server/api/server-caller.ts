// The tRPC API for server components: the same procedures, permissions and errors as the client.
import "server-only";
import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { cache } from "react";
import { clientIp } from "~/server/auth/client-ip";
import { currentActor } from "~/server/auth/session";
import { ensureDatabaseReady } from "~/server/bootstrap";
import { createCaller } from "./root";
import { createTRPCContext } from "./trpc";

export const serverApi = cache(async () => {
  await ensureDatabaseReady();
  const h = await headers();
  return createCaller(
    createTRPCContext({
      actor: await currentActor(),
      requestId: h.get("x-request-id") ?? crypto.randomUUID(),
      locale: await getLocale(),
      ip: clientIp(h),
    }),
  );
});
