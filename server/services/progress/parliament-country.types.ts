// Contract of "steps for parliamentarians" in one state (countries.parliamentSteps): the country
// parameter, and per step its status and the published records behind it.
import { z } from "zod";
import { PROGRESS_STATUSES } from "~/server/progress/statuses";
import { ZDaySchema, ZLocalizedTextSchema, ZUuidSchema } from "~/server/services/common.types";
import { ZLocalizedNameSchema } from "~/server/domain/localized-name";

export const ZParliamentCountrySchema = z.string().regex(/^[A-Z]{3}$/, { error: "validation.countryCode" });

const ZStepRecordSchema = z.object({
  id: ZUuidSchema,
  type: z.enum(["commitment", "focal_point", "parliamentary_action"]),
  title: ZLocalizedTextSchema,
  date: ZDaySchema,
  status: z.string().nullable(),
  kind: z.string().nullable(),
});
export type StepRecord = z.infer<typeof ZStepRecordSchema>;

const ZStepProgressSchema = z.object({
  status: z.enum(PROGRESS_STATUSES),
  since: ZDaySchema.nullable(),
  parliament: z.array(ZStepRecordSchema),
  government: z.array(ZStepRecordSchema),
});
export type StepProgress = z.infer<typeof ZStepProgressSchema>;

export const ZParliamentCountryInputSchema = z.object({
  iso3: ZParliamentCountrySchema,
  /** The steps (measure ids) to report on, in the page's order. */
  measureIds: z.array(z.uuid()).max(200),
});
/** Null when the code names no state (the page then shows the steps without a country). */
export const ZParliamentCountryOutputSchema = z
  .object({
    country: z.object({ iso3: z.string(), name: ZLocalizedNameSchema }),
    steps: z.record(z.string(), ZStepProgressSchema),
    counts: z.record(z.enum(PROGRESS_STATUSES), z.number().int()),
  })
  .nullable();
