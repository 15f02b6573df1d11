// A country's profile, loaded once per request: generateMetadata and the page both need it, and
// without the memo every render of the profile (and of its catalogue) ran the profile queries twice.
import { cache } from "react";
import { publicServerApi } from "~/server/api/public-caller";
import { ISO3 } from "~/server/domain/country-code";

/** Null for a code that is not an ISO3 shape or names no state. */
export const loadCountryProfile = cache(async (iso3: string) => {
  if (!ISO3.test(iso3)) return null;
  return (await publicServerApi()).countries.profile({ iso3 });
});
