import { asc } from "drizzle-orm";
import { db } from "~/db/client";
import { country } from "~/db/schema";
import { everyLocale } from "~/server/domain/localized-name";

/** The M49 regions in use, for filters. */
export async function listRegions() {
  const rows = await db
    .selectDistinct({ code: country.regionCode, name: country.regionName })
    .from(country)
    .orderBy(asc(country.regionCode));
  return rows.map((r) => ({ code: r.code, name: everyLocale(r.name) }));
}
