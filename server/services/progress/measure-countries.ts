// A measure's countries by status, for its page: every state for the map, and those with a status
// (none is not listed) grouped in the order of progress, each group by name.
import type { Locale } from "~/db/locales";
import { PROGRESS_STATUSES, type TProgressStatus } from "~/server/progress/statuses";
import { listMapCountries } from "./list-map-countries";
import { textIn } from "~/db/localized-text";
import { intlLocale } from "~/server/i18n/locale-tags";

const LISTED: Exclude<TProgressStatus, "none">[] = ["implemented", "in_progress", "committed", "regressed"];

type MapCountry = Awaited<ReturnType<typeof listMapCountries>>[number];

/** `asOfCountries`: the same states as of a past day (as-of-views.ts); today's stored ones otherwise. */
export async function measureCountriesByStatus(measureId: string, locale: Locale, asOfCountries?: MapCountry[]) {
  const countries = asOfCountries ?? (await listMapCountries({ measureId }));
  const collator = new Intl.Collator(intlLocale(locale));
  const groups = LISTED.map((status) => ({
    status,
    countries: countries
      .filter((c) => c.status === status)
      .sort((a, b) => collator.compare(textIn(a.name, locale), textIn(b.name, locale)))
      .map(({ iso3, name, since }) => ({ iso3, name, since })),
  }));
  const counts = Object.fromEntries(PROGRESS_STATUSES.map((s) => [s, countries.filter((c) => c.status === s).length])) as Record<TProgressStatus, number>;
  return { countries, groups, counts };
}
