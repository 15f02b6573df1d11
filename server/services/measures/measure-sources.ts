// Add a source by picking a unit (the quote must be words of that unit) or remove one; a measure
// always keeps at least one source. Each change is a revision and an audit event.
import { and, count, eq, isNull, max } from "drizzle-orm";
import { db } from "~/db/client";
import { document, documentUnit, measureSource } from "~/db/schema";
import { AppError, fieldError, isUniqueViolation, notFound } from "~/server/errors";
import { recordAuditEvent } from "~/server/services/audit/record-audit-event";
import type { AuthedServiceContext } from "~/server/services/context";
import { findMeasureById } from "./measure-rows";
import type { TAddMeasureSourceInput, TRemoveMeasureSourceInput } from "./measure-schemas";
import { bumpVersion, writeRevision } from "./measure-snapshot";

/** The comparison the catalogue's quote test makes: runs of whitespace count as one space. */
export const normaliseSpace = (s: string) => s.replace(/\s+/g, " ").trim();

export async function addMeasureSource({ ctx, input }: { ctx: AuthedServiceContext; input: TAddMeasureSourceInput }) {
  return db.transaction(async (tx) => {
    const m = await findMeasureById(tx, input.measureId);
    const [unit] = await tx
      .select({ id: documentUnit.id, text: documentUnit.text, locator: documentUnit.locator })
      .from(documentUnit)
      .innerJoin(document, eq(document.id, documentUnit.documentId))
      .where(
        and(
          eq(document.slug, input.document),
          eq(documentUnit.locator, input.locator),
          isNull(documentUnit.retiredAt),
          isNull(document.deletedAt),
        ),
      );
    if (!unit) throw fieldError("locator", "unknownUnit", "no such unit in the document");
    const quote = normaliseSpace(input.quote);
    if (!normaliseSpace(unit.text).includes(quote)) {
      throw fieldError("quote", "quoteNotInUnit", "the quote is not in the unit's text");
    }
    const [last] = await tx
      .select({ position: max(measureSource.position) })
      .from(measureSource)
      .where(eq(measureSource.measureId, m.id));
    const [source] = await tx
      .insert(measureSource)
      .values({ measureId: m.id, unitId: unit.id, locator: unit.locator, quote, position: (last?.position ?? -1) + 1 })
      .returning()
      .catch((err: unknown) =>
        Promise.reject(isUniqueViolation(err) ? fieldError("quote", "sourceExists", "already a source") : err),
      );
    await bumpVersion(tx, m.id);
    await writeRevision(tx, { measureId: m.id, action: "add-source", actorId: ctx.viewer.id });
    await recordAuditEvent(tx, ctx, {
      action: "measure.add_source",
      entityType: "measure",
      entityId: m.id,
      after: { document: input.document, locator: unit.locator, quote },
    });
    return source!;
  });
}

export async function removeMeasureSource({ ctx, input }: { ctx: AuthedServiceContext; input: TRemoveMeasureSourceInput }) {
  return db.transaction(async (tx) => {
    const m = await findMeasureById(tx, input.measureId);
    const [n] = await tx.select({ n: count() }).from(measureSource).where(eq(measureSource.measureId, m.id));
    const [removed] = await tx
      .select()
      .from(measureSource)
      .where(and(eq(measureSource.id, input.sourceId), eq(measureSource.measureId, m.id)));
    if (!removed) throw notFound("source");
    if (Number(n?.n ?? 0) <= 1) {
      throw new AppError("VALIDATION", "a measure keeps at least one source", { messageKey: "measureNeedsSource" });
    }
    await tx.delete(measureSource).where(eq(measureSource.id, removed.id));
    await bumpVersion(tx, m.id);
    await writeRevision(tx, { measureId: m.id, action: "remove-source", actorId: ctx.viewer.id });
    await recordAuditEvent(tx, ctx, {
      action: "measure.remove_source",
      entityType: "measure",
      entityId: m.id,
      before: { unitId: removed.unitId, locator: removed.locator, quote: removed.quote },
    });
    return { id: removed.id };
  });
}
