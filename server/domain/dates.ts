// Days as the tracker counts them: UTC calendar dates (YYYY-MM-DD), from the UN Charter to today.
import { z } from "zod";

/** Today's date in UTC, the day every "as of" view and every status date is compared with. */
export const today = () => new Date().toISOString().slice(0, 10);

/** No record of this project predates the UN Charter's entry into force. */
export const EARLIEST_AS_OF = "1945-10-24";

/** A day from EARLIEST_AS_OF to today (UTC); the error names the field. */
export const ZAsOfSchema = z.iso
  .date()
  .refine((d) => d >= EARLIEST_AS_OF && d <= today(), { message: "validation.asOfRange" });
