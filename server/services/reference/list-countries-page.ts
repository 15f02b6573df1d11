// The public list of states, paginated, filterable by M49 region and UN regional group, with scores.
import { and, asc, count, eq, ilike, or, type SQL } from "drizzle-orm";
import { z } from "zod";
import { db } from "~/db/client";
import { country, unGroupEnum } from "~/db/schema";
import { listCountryScores, zeroScore } from "~/server/services/progress/list-country-scores";

export const ZListCountriesPageInputSchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
  region: z.string().regex(/^\d{3}$/).optional(),
  group: z.enum(unGroupEnum.enumValues).optional(),
  q: z.string().trim().max(100).optional(),
});

export async function listCountriesPage({ input }: { input: z.infer<typeof ZListCountriesPageInputSchema> }) {
  const filters: SQL[] = [];
  if (input.region) filters.push(eq(country.regionCode, input.region));
  if (input.group) filters.push(eq(country.unGroup, input.group));
  if (input.q) {
    const pattern = `%${input.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    filters.push(
      or(
        ilike(country.nameEn, pattern),
        ilike(country.nameZh, pattern),
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
  const scores = await listCountryScores(rows.map((c) => c.iso3));
  return {
    items: rows.map((c) => ({
      iso3: c.iso3,
      iso2: c.iso2,
      name: { zh: c.nameZh, en: c.nameEn },
      status: c.status,
      region: c.regionCode,
      regionName: { zh: c.regionZh, en: c.regionEn },
      subregion: c.subregionCode,
      subregionName: { zh: c.subregionZh, en: c.subregionEn },
      group: c.unGroup,
      score: scores.get(c.iso3)?.score ?? zeroScore(),
    })),
    total: Number(total?.n ?? 0),
    page: input.page,
    pageSize: input.pageSize,
  };
}
