// Shapes the record pages render, as the records router returns and accepts them.
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "~/server/api/root";

type Out = inferRouterOutputs<AppRouter>["records"];
export type RecordDetail = Out["get"];
export type RecordSnapshot = NonNullable<RecordDetail["snapshot"]>;
export type RecordDiff = Out["history"][number]["diff"];
export type PublicRecordItem = Out["published"]["items"][number];
export type RecordFieldsInput = Omit<inferRouterInputs<AppRouter>["records"]["create"], "submit">;
