// The countries map and table and a measure's countries by status, today (the stored statuses) or as
// of a past day (the rules over the history, as-of-views.ts). `loadWorld` computes the world of a day;
// the router passes the shared-cache one (server/cache/as-of-cache.ts), a script or test the plain one.
import type { z } from "zod";
import { and, eq, isNull } from "drizzle-orm";
import { db } from "~/db/client";
import { measure } from "~/db/schema";
import { countryTableAsOf, mapCountriesAsOf, type WorldAsOf, worldAsOf } from "./as-of-views";
import type {
  ZCountryFilterOptionsInputSchema,
  ZCountryMapInputSchema,
  ZCountryTableViewInputSchema,
  ZMeasureCountriesInputSchema,
} from "./country-table.types";
import { listCountryTable } from "./list-country-table";
import { listMapCountries } from "./list-map-countries";
import { listPickerOptions } from "./list-picker-options";
import { measureCountriesByStatus } from "./measure-countries";

export type LoadWorld = (asOf: string) => Promise<WorldAsOf>;

async function liveMeasure(slug: string) {
  const [m] = await db
    .select({ id: measure.id, slug: measure.slug, title: measure.title, actor: measure.actor })
    .from(measure)
    .where(and(eq(measure.slug, slug), isNull(measure.deletedAt)));
  return m ?? null;
}

/** countries.table */
export async function countryTable({ input }: { input: z.output<typeof ZCountryTableViewInputSchema> }, loadWorld: LoadWorld = worldAsOf) {
  const { asOf, ...query } = input;
  return asOf ? countryTableAsOf(query, await loadWorld(asOf)) : listCountryTable(query);
}

/** countries.map */
export async function countryMap({ input }: { input: z.output<typeof ZCountryMapInputSchema> }, loadWorld: LoadWorld = worldAsOf) {
  const m = input.measure ? await liveMeasure(input.measure) : null;
  if (input.asOf) return mapCountriesAsOf(await loadWorld(input.asOf), m?.slug);
  return listMapCountries({ measureId: m?.id });
}

/** countries.filterOptions */
export async function countryFilterOptions({ input }: { input: z.output<typeof ZCountryFilterOptionsInputSchema> }) {
  return listPickerOptions(input.measure);
}

/** measures.countriesByStatus: null when the slug names no live measure. */
export async function measureCountries({ input }: { input: z.output<typeof ZMeasureCountriesInputSchema> }, loadWorld: LoadWorld = worldAsOf) {
  const m = await liveMeasure(input.slug);
  if (!m) return null;
  const asOf = input.asOf ? await mapCountriesAsOf(await loadWorld(input.asOf), m.slug) : undefined;
  const { countries, groups, counts } = await measureCountriesByStatus(m.id, input.locale, asOf);
  return { slug: m.slug, title: m.title, actor: m.actor, countries, groups, counts };
}
