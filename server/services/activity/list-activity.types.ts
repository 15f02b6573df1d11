// Output schemas of the activity feed: the coalition's lines, and the public allow-list (no person,
// no organisation behind a record, titles as the subject reads now).
import { z } from "zod";
import { visibilityEnum } from "~/db/schema";
import { ZLocalizedTextSchema, ZUuidSchema, pageOf } from "~/server/services/common.types";

export const ZActivityLineSchema = z.object({
  id: z.number().int(),
  verb: z.string().meta({ examples: ["action.created"] }),
  subjectType: z.string(),
  subjectId: ZUuidSchema,
  actorName: z.string().nullable(),
  organizationName: ZLocalizedTextSchema.nullable(),
  visibility: z.enum(visibilityEnum.enumValues),
  countryIso3s: z.array(z.string()),
  title: ZLocalizedTextSchema.nullable(),
  href: z.string().nullable(),
  createdAt: z.date(),
});
export const ZListActivityOutputSchema = pageOf(ZActivityLineSchema);
export type TListActivityOutput = z.infer<typeof ZListActivityOutputSchema>;

/** What anyone may read: a public subject's own events. The person is never named. */
export const ZPublicActivityLineSchema = ZActivityLineSchema.extend({
  verb: z.enum(["action.created", "action.updated", "record.published"]),
  subjectType: z.enum(["action", "record"]),
  actorName: z.null(),
  visibility: z.literal("public"),
});
export const ZPublicActivityOutputSchema = pageOf(ZPublicActivityLineSchema);
export type TPublicActivityOutput = z.infer<typeof ZPublicActivityOutputSchema>;
