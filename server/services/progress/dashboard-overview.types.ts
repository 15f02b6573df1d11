// Output schema of the staff dashboard overview.
// Generated from the services' return types, then kept by hand: a change in what a service
// returns must be mirrored here (tsc checks the service against the schema at the router).
import { z } from "zod";
import { ZLocalizedNameSchema } from "~/server/domain/localized-name";
import { ZLocalizedTextSchema } from "~/server/services/common.types";

export const ZDashboardOverviewOutputSchema = z.object({
  focalPoints: z.object({
    states: z.number(),
    regionalOrganizations: z.number(),
    organizations: z.array(
      z.object({ slug: z.string(), acronym: ZLocalizedNameSchema }),
    ),
    reported: z.object({
      states: z.literal(61),
      regionalOrganizations: z.literal(2),
      document: z.literal("sg-2025"),
      locator: z.literal("41"),
    }),
  }),
  queue: z.object({ size: z.number(), oldestSince: z.date().nullable(), oldestDays: z.number().nullable() }),
  stale: z.array(
    z.object({
      iso3: z.string(),
      name: ZLocalizedNameSchema,
      lastPublishedAt: z.date().nullable(),
    }),
  ),
  recent: z.array(
    z.object({
      id: z.string(),
      decision: z.enum(["published", "rejected", "changes_requested"]),
      at: z.date(),
      record: z.object({
        id: z.string(),
        type: z.enum(["parliamentary_action", "commitment", "focal_point"]),
        title: ZLocalizedTextSchema,
      }),
      holder: z.object({ iso3: z.string().nullable(), name: ZLocalizedNameSchema }),
    }),
  ),
  regions: z.object({
    by: z.enum(["region", "group"]),
    items: z.union([
      z.array(
        z.object({
          key: z.string(),
          label: ZLocalizedNameSchema,
          mean: z.number(),
          states: z.number(),
        }),
      ),
      z.array(
        z.object({
          key: z.enum(["african", "asia_pacific", "eastern_european", "latin_american_caribbean", "weog"]),
          label: z.null(),
          mean: z.number(),
          states: z.number(),
        }),
      ),
    ]),
  }),
});
export type TDashboardOverviewOutput = z.infer<typeof ZDashboardOverviewOutputSchema>;
