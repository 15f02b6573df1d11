// Progress tests name real countries (the reference list is fixed). On a reused PostgreSQL test
// database an earlier run's records would still count, so a test starts from a clean country: every
// record of it is soft-deleted (only the test files that use it touch it) and its progress recomputed.
import { and, eq, isNull } from "drizzle-orm";
import { db } from "~/db/client";
import { record } from "~/db/schema";
import { recomputeCountries } from "~/server/services/progress/recompute-progress";

export async function freshCountry(iso3: string) {
  await db.transaction(async (tx) => {
    await tx.update(record).set({ deletedAt: new Date() }).where(and(eq(record.countryIso3, iso3), isNull(record.deletedAt)));
    await recomputeCountries(tx, [iso3]);
  });
  return iso3;
}
