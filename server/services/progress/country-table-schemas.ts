// Query parameters of the countries table and map. They come straight from the URL, so each one is
// validated on its own and a bad value is dropped (the page shows the unfiltered view) rather than
// failing the whole page.
import type { Locale } from "~/db/locales";
import { LOCALES } from "~/db/locales";
import { z } from "zod";
import { unGroupEnum } from "~/db/schema";
import { PROGRESS_STATUSES } from "~/server/progress/statuses";

export const COUNTRY_TABLE_SORTS = ["name", "region", "group", "score", "status"] as const;
export type TCountryTableSort = (typeof COUNTRY_TABLE_SORTS)[number];

const fields = {
  sort: z.enum(COUNTRY_TABLE_SORTS),
  dir: z.enum(["asc", "desc"]),
  region: z.string().regex(/^\d{3}$/),
  group: z.enum(unGroupEnum.enumValues),
  /** A regional organisation's slug. */
  org: z.string().regex(/^[a-z0-9-]{1,60}$/),
  /** A measure's slug: colours the map and adds the status column. */
  measure: z.string().regex(/^[a-z0-9-]{1,200}$/),
  status: z.enum(PROGRESS_STATUSES),
  /** Score bounds in percent, inclusive. */
  minScore: z.coerce.number().int().min(0).max(100),
  maxScore: z.coerce.number().int().min(0).max(100),
  /** Name or ISO code. */
  q: z.string().trim().min(1).max(100),
  page: z.coerce.number().int().min(1).max(10_000),
  pageSize: z.coerce.number().int().min(1).max(500),
};

export const ZCountryTableInputSchema = z.object({
  sort: fields.sort.default("name"),
  dir: fields.dir.default("asc"),
  region: fields.region.optional(),
  group: fields.group.optional(),
  org: fields.org.optional(),
  measure: fields.measure.optional(),
  status: fields.status.optional(),
  minScore: fields.minScore.optional(),
  maxScore: fields.maxScore.optional(),
  q: fields.q.optional(),
  page: fields.page.default(1),
  pageSize: fields.pageSize.default(50),
  locale: z.enum(LOCALES).default("en"),
});
export type TCountryTableInput = z.output<typeof ZCountryTableInputSchema>;

/** URL search params → a valid input, ignoring each parameter that does not validate. */
export function parseCountryTableQuery(
  raw: Record<string, string | string[] | undefined>,
  locale: Locale,
): TCountryTableInput {
  const kept: Record<string, unknown> = { locale };
  for (const [key, schema] of Object.entries(fields)) {
    const value = raw[key];
    if (typeof value !== "string" || value === "") continue;
    const parsed = (schema as z.ZodType).safeParse(value);
    if (parsed.success) kept[key] = parsed.data;
  }
  return ZCountryTableInputSchema.parse(kept);
}
