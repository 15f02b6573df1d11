// The public list of states, paginated, filterable by M49 region and UN regional group, with scores.
import { and, asc, count, eq, or, type SQL } from "drizzle-orm";
import { z } from "zod";
import { db } from "~/db/client";
import { country, unGroupEnum } from "~/db/schema";
import { progressAsOf } from "~/server/services/progress/as-of";
import { ZAsOfSchema } from "~/server/domain/dates";
import { listCountryScores, zeroScore } from "~/server/services/progress/list-country-scores";
import { everyLocale } from "~/server/domain/localized-name";
import { nameMatches } from "./localized-name-sql";

export const ZListCountriesPageInputSchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
  region: z.string().regex(/^\d{3}$/).optional(),
  group: z.enum(unGroupEnum.enumValues).optional(),
  q: z.string().trim().max(100).optional(),
  /** Scores as of this day (YYYY-MM-DD) instead of today's. */
  asOf: ZAsOfSchema.optional(),
});

export async function listCountriesPage({ input }: { input: z.infer<typeof ZListCountriesPageInputSchema> }) {
  const filters: SQL[] = [];
  if (input.region) filters.push(eq(country.regionCode, input.region));
  if (input.group) filters.push(eq(country.unGroup, input.group));
  if (input.q) {
    const pattern = `%${input.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    filters.push(
      or(
        nameMatches(country.name, pattern),
        eq(country.iso3, input.q.toUpperCase()),
        eq(country.iso2, input.q.toUpperCase()),
      )!,
    );
  }
  const where = and(...filters);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(country)
      .where(where)
      .orderBy(asc(country.iso3))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize),
    db.select({ n: count() }).from(country).where(where),
  ]);
  // Scores from the derived table (decision 009): share of applicable measures implemented.
  const iso3s = rows.map((c) => c.iso3);
  const scores = input.asOf
    ? new Map([...(await progressAsOf(iso3s, input.asOf))].map(([iso3, p]) => [iso3, { score: p.scores }]))
    : await listCountryScores(iso3s);
  return {
    items: rows.map((c) => ({
      iso3: c.iso3,
      iso2: c.iso2,
      name: everyLocale(c.name),
      status: c.status,
      region: c.regionCode,
      regionName: everyLocale(c.regionName),
      subregion: c.subregionCode,
      subregionName: everyLocale(c.subregionName),
      group: c.unGroup,
      score: scores.get(c.iso3)?.score ?? zeroScore(),
    })),
    total: Number(total?.n ?? 0),
    page: input.page,
    pageSize: input.pageSize,
  };
}
