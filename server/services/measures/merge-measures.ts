// Two measures that are one: the other's sources move to the survivor, the other is soft-deleted with
// merged_into_id so its slug (and every link to it) leads to the survivor.
import { and, eq, isNull, ne } from "drizzle-orm";
import { db } from "~/db/client";
import { measure, measureSource } from "~/db/schema";
import { fieldError } from "~/server/errors";
import { recordAuditEvent } from "~/server/services/audit/record-audit-event";
import type { AuthedServiceContext } from "~/server/services/context";
import { recomputeAll } from "~/server/services/progress/recompute-progress";
import { findMeasureById } from "./measure-rows";
import type { TMergeMeasuresInput } from "./measure-schemas";
import { bumpVersion, writeRevision } from "./measure-snapshot";

export async function mergeMeasures({ ctx, input }: { ctx: AuthedServiceContext; input: TMergeMeasuresInput }) {
  return db.transaction(async (tx) => {
    const survivor = await findMeasureById(tx, input.survivorId);
    const [merged] = await tx
      .select()
      .from(measure)
      .where(and(eq(measure.slug, input.mergedSlug), isNull(measure.deletedAt), ne(measure.id, survivor.id)));
    if (!merged) throw fieldError("mergedSlug", "unknownMeasure", "no other live measure has this slug");
    const have = await tx.select().from(measureSource).where(eq(measureSource.measureId, survivor.id));
    const moving = await tx.select().from(measureSource).where(eq(measureSource.measureId, merged.id));
    const key = (s: { unitId: string; quote: string }) => `${s.unitId}\n${s.quote}`;
    const existing = new Set(have.map(key));
    let position = have.reduce((p, s) => Math.max(p, s.position), -1);
    for (const s of moving) {
      // A citation both measures share stays once, on the survivor.
      if (existing.has(key(s))) continue;
      await tx.update(measureSource).set({ measureId: survivor.id, position: ++position }).where(eq(measureSource.id, s.id));
    }
    await tx
      .update(measure)
      .set({ deletedAt: new Date(), mergedIntoId: survivor.id, version: merged.version + 1, updatedAt: new Date() })
      .where(eq(measure.id, merged.id));
    await bumpVersion(tx, survivor.id);
    await writeRevision(tx, { measureId: survivor.id, action: "merge", actorId: ctx.viewer.id });
    await writeRevision(tx, { measureId: merged.id, action: "merged-into", actorId: ctx.viewer.id });
    await recordAuditEvent(tx, ctx, {
      action: "measure.merge",
      entityType: "measure",
      entityId: survivor.id,
      before: { merged: { id: merged.id, slug: merged.slug } },
      after: { survivor: survivor.slug, movedSources: moving.length },
    });
    // Records linked to the merged measure now count for the survivor.
    await recomputeAll(tx);
    return { slug: survivor.slug, mergedSlug: merged.slug };
  });
}
