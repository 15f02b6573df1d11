// Shapes the reader renders, as the documents router returns them.
import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "~/server/api/root";

export type DocumentDetail = inferRouterOutputs<AppRouter>["documents"]["get"];
