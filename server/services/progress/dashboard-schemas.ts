import { z } from "zod";

/** What the Secretary-General's 2025 report counts (¶41 of the vendored sg-2025 text), to compare with. */
export const REPORTED_2025 = { states: 61, regionalOrganizations: 2, document: "sg-2025", locator: "41" } as const;

export const ZDashboardInputSchema = z.object({
  /** Compare regions by M49 region or by UN regional group. */
  by: z.enum(["region", "group"], { error: "validation.choose" }).default("region"),
});
export type TDashboardInput = z.output<typeof ZDashboardInputSchema>;
