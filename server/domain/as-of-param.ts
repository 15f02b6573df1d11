// `?asOf=` as visitors type it: never a 500. A bad value is ignored with a notice (today is shown), a
// future day means today, a day before the UN Charter's entry into force is read as that first day
// (nothing achieved yet). Pure, for pages and tests alike.
import { z } from "zod";
import { EARLIEST_AS_OF } from "~/server/domain/dates";

export type AsOfNotice = "invalid" | "future" | "beforeEarliest";

export interface AsOfChoice {
  /** The day to show; null when the page shows today's state (nothing asked, or a bad value). */
  asOf: string | null;
  /** True when the day is before today: the view is computed from the history, not the stored tables. */
  past: boolean;
  notice: AsOfNotice | null;
}

const isoDay = z.iso.date();

export function parseAsOfParam(raw: unknown, today: string): AsOfChoice {
  if (raw === undefined || raw === null || raw === "") return { asOf: null, past: false, notice: null };
  const parsed = isoDay.safeParse(raw);
  if (!parsed.success) return { asOf: null, past: false, notice: "invalid" };
  const day = parsed.data;
  if (day > today) return { asOf: today, past: false, notice: "future" };
  if (day < EARLIEST_AS_OF) return { asOf: EARLIEST_AS_OF, past: true, notice: "beforeEarliest" };
  return { asOf: day, past: day < today, notice: null };
}
