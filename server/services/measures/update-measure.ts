// Edit a measure's fields (every language at once, version-checked), and soft-delete or restore it.
// Every change writes a revision and an audit event in its own transaction.
import { and, eq, isNotNull, isNull } from "drizzle-orm";
import { db } from "~/db/client";
import { measure } from "~/db/schema";
import { AppError, isUniqueViolation, notFound, staleVersion } from "~/server/errors";
import { recordAuditEvent } from "~/server/services/audit/record-audit-event";
import type { AuthedServiceContext } from "~/server/services/context";
import { recomputeAll } from "~/server/services/progress/recompute-progress";
import type { TUpdateMeasureInput } from "./measure-schemas";
import { measureSearchTokens, writeRevision } from "./measure-snapshot";

/** What a conflict shows of the other person's version: the fields the form edits. */
export function editableView(m: typeof measure.$inferSelect) {
  return {
    version: m.version,
    title: m.title,
    description: m.description,
    actor: m.actor,
    pillar: m.pillar,
    category: m.category,
    prevention: m.prevention,
    key: m.key,
    updatedAt: m.updatedAt,
  };
}

export async function updateMeasure({ ctx, input }: { ctx: AuthedServiceContext; input: TUpdateMeasureInput }) {
  const { id, version, ...fields } = input;
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(measure).where(and(eq(measure.id, id), isNull(measure.deletedAt)));
    if (!before) throw notFound("measure");
    const [after] = await tx
      .update(measure)
      .set({ ...fields, searchTokens: measureSearchTokens(fields), version: version + 1, updatedAt: new Date() })
      .where(and(eq(measure.id, id), eq(measure.version, version), isNull(measure.deletedAt)))
      .returning();
    if (!after) throw staleVersion("measure", editableView(before));
    await writeRevision(tx, { measureId: id, action: "update", actorId: ctx.viewer.id });
    await recordAuditEvent(tx, ctx, {
      action: "measure.update",
      entityType: "measure",
      entityId: id,
      before: editableView(before),
      after: editableView(after),
    });
    // Who a measure addresses, its pillar and whether it applies decide the scores.
    if (before.actor !== after.actor || before.pillar !== after.pillar) await recomputeAll(tx);
    return editableView(after);
  });
}

export async function setMeasureDeleted({ ctx, input, deleted }: { ctx: AuthedServiceContext; input: { id: string }; deleted: boolean }) {
  return db.transaction(async (tx) => {
    const [after] = await tx
      .update(measure)
      .set({ deletedAt: deleted ? new Date() : null, updatedAt: new Date() })
      .where(
        and(
          eq(measure.id, input.id),
          // A merged measure's sources live on in the survivor: it cannot come back by itself.
          deleted ? isNull(measure.deletedAt) : and(isNotNull(measure.deletedAt), isNull(measure.mergedIntoId)),
        ),
      )
      .returning()
      .catch((err: unknown) =>
        Promise.reject(
          isUniqueViolation(err) ? new AppError("CONFLICT", "slug in use", { messageKey: "measureSlugTaken" }) : err,
        ),
      );
    if (!after) throw notFound("measure");
    await tx.update(measure).set({ version: after.version + 1 }).where(eq(measure.id, after.id));
    await writeRevision(tx, { measureId: after.id, action: deleted ? "delete" : "restore", actorId: ctx.viewer.id });
    await recordAuditEvent(tx, ctx, {
      action: deleted ? "measure.delete" : "measure.restore",
      entityType: "measure",
      entityId: after.id,
      after: { slug: after.slug, deletedAt: after.deletedAt },
    });
    await recomputeAll(tx);
    return { id: after.id, slug: after.slug, deleted };
  });
}
