import type { NextRequest } from "next/server";
import { handleTrpcRequest } from "~/server/api/trpc-http";
import { currentActor } from "~/server/auth/session";

const handler = (req: NextRequest) => handleTrpcRequest(req, currentActor);

export { handler as GET, handler as POST };
