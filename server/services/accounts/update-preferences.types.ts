// Output schemas of the signed-in account procedures (account router).
// Generated from the services' return types, then kept by hand: a change in what a service
// returns must be mirrored here (tsc checks the service against the schema at the router).
import { LOCALES } from "~/db/locales";
import { z } from "zod";

export const ZAccountMeOutputSchema = z.object({
  role: z.enum(["admin", "secretariat", "member", "parliamentarian"]),
  organizationId: z.string().nullable(),
  countryIso3: z.string().nullable(),
  id: z.string(),
  email: z.string(),
  name: z.string(),
  locale: z.enum(LOCALES),
  emailDelivery: z.string(),
  version: z.number(),
});
export type TAccountMeOutput = z.infer<typeof ZAccountMeOutputSchema>;

export const ZAccountUpdatePreferencesOutputSchema = z.object({
  name: z.string(),
  locale: z.enum(LOCALES),
  emailDelivery: z.string(),
  version: z.number(),
});
export type TAccountUpdatePreferencesOutput = z.infer<typeof ZAccountUpdatePreferencesOutputSchema>;
