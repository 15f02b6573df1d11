import { asc } from "drizzle-orm";
import { db } from "~/db/client";
import { country } from "~/db/schema";

/** The M49 regions in use, for filters. */
export async function listRegions() {
  return db
    .selectDistinct({ code: country.regionCode, en: country.regionEn, zh: country.regionZh })
    .from(country)
    .orderBy(asc(country.regionCode));
}
