import type { NextRequest } from "next/server";
import { handleTrpcRequest } from "~/server/api/trpc-http";
import { currentViewer } from "~/server/auth/session";

const handler = (req: NextRequest) => handleTrpcRequest(req, currentViewer);

export { handler as GET, handler as POST };
