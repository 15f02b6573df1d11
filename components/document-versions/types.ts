// Shapes the language-version reader renders, as the documentVersions router returns them.
import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "~/server/api/root";

type Outputs = inferRouterOutputs<AppRouter>["documentVersions"];
export type LanguageVersion = Outputs["get"];
export type LanguageVersionList = Outputs["list"];
