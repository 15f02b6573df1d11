// Start-up rebuilds the derived progress tables only when they may be stale (server/bootstrap.ts).
// Each case runs in a transaction that is rolled back, so the shared database is left as it was.
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db/client";
import { countryScore, measure } from "~/db/schema";
import { progressIsStale, recomputeAll } from "~/server/services/progress/recompute-progress";
import { setupDatabase } from "../../helpers/factories";

beforeAll(setupDatabase);

class Rollback extends Error {}
async function inRolledBackTransaction(fn: Parameters<typeof db.transaction>[0]) {
  await db
    .transaction(async (tx) => {
      await fn(tx);
      throw new Rollback();
    })
    .catch((e: unknown) => {
      if (!(e instanceof Rollback)) throw e;
    });
}

describe("progress staleness at start-up", () => {
  it("is fresh right after a rebuild", async () => {
    await inRolledBackTransaction(async (tx) => {
      await recomputeAll(tx);
      expect(await progressIsStale(tx)).toBe(false);
    });
  });

  it("is stale when a country has no score, or the catalogue changed after the scores", async () => {
    await inRolledBackTransaction(async (tx) => {
      await recomputeAll(tx);
      await tx.delete(countryScore).where(eq(countryScore.countryIso3, "KEN"));
      expect(await progressIsStale(tx)).toBe(true);
    });
    await inRolledBackTransaction(async (tx) => {
      await recomputeAll(tx);
      const [m] = await tx.select({ id: measure.id }).from(measure).limit(1);
      await tx.update(measure).set({ updatedAt: sql`now() + interval '1 minute'` }).where(eq(measure.id, m!.id));
      expect(await progressIsStale(tx)).toBe(true);
    });
  });

  it("is stale when the oldest score is from an earlier day", async () => {
    await inRolledBackTransaction(async (tx) => {
      await recomputeAll(tx);
      await tx.update(countryScore).set({ computedAt: sql`now() - interval '2 days'` }).where(eq(countryScore.countryIso3, "KEN"));
      expect(await progressIsStale(tx)).toBe(true);
    });
  });
});
