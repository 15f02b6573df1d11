// A measure's revisions, each with a readable diff against the one before, and restoring one of them
// (fields and sources) as a new revision — nothing in between is lost.
import { and, asc, eq, isNull } from "drizzle-orm";
import { db } from "~/db/client";
import { measure, measureRevision, measureSource, user } from "~/db/schema";
import { notFound, staleVersion } from "~/server/errors";
import { recordAuditEvent } from "~/server/services/audit/record-audit-event";
import type { AuthedServiceContext } from "~/server/services/context";
import type { TRestoreMeasureRevisionInput } from "./measure-schemas";
import { type MeasureSnapshot, measureSearchTokens, SNAPSHOT_FIELDS, type SnapshotSource, writeRevision } from "./measure-snapshot";
import { editableView } from "./update-measure";

export interface FieldChange {
  field: (typeof SNAPSHOT_FIELDS)[number];
  before: unknown;
  after: unknown;
}

/** Field values are scalars or localized-text maps: compare maps by content, whatever their key order. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a && b && typeof a === "object" && typeof b === "object") {
    const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
    const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k]);
  }
  return a === b;
}

const sourceKey = (s: SnapshotSource) => `${s.unitId}\n${s.quote}`;

export function diffSnapshots(before: MeasureSnapshot | null, after: MeasureSnapshot) {
  const fields: FieldChange[] = SNAPSHOT_FIELDS.filter((f) => !before || !sameValue(before[f], after[f])).map((f) => ({
    field: f,
    before: before ? before[f] : null,
    after: after[f],
  }));
  const had = new Set((before?.sources ?? []).map(sourceKey));
  const has = new Set(after.sources.map(sourceKey));
  return {
    fields,
    sourcesAdded: after.sources.filter((s) => !had.has(sourceKey(s))),
    sourcesRemoved: (before?.sources ?? []).filter((s) => !has.has(sourceKey(s))),
  };
}

export async function measureHistory({ input: { measureId } }: { input: { measureId: string } }) {
  const rows = await db
    .select({
      id: measureRevision.id,
      version: measureRevision.version,
      action: measureRevision.action,
      snapshot: measureRevision.snapshot,
      actorLabel: measureRevision.actorLabel,
      actorName: user.name,
      createdAt: measureRevision.createdAt,
    })
    .from(measureRevision)
    .leftJoin(user, eq(user.id, measureRevision.actorId))
    .where(eq(measureRevision.measureId, measureId))
    .orderBy(asc(measureRevision.createdAt), asc(measureRevision.version));
  if (rows.length === 0) throw notFound("measure");
  let previous: MeasureSnapshot | null = null;
  const out = rows.map((r) => {
    const snapshot = r.snapshot as MeasureSnapshot;
    const diff = diffSnapshots(previous, snapshot);
    previous = snapshot;
    return {
      id: r.id,
      version: r.version,
      action: r.action,
      by: r.actorName ?? r.actorLabel ?? "—",
      createdAt: r.createdAt,
      ...diff,
    };
  });
  return out.reverse();
}

export async function restoreMeasureRevision({ ctx, input }: { ctx: AuthedServiceContext; input: TRestoreMeasureRevisionInput }) {
  return db.transaction(async (tx) => {
    const [revision] = await tx
      .select()
      .from(measureRevision)
      .where(and(eq(measureRevision.id, input.revisionId), eq(measureRevision.measureId, input.measureId)));
    if (!revision) throw notFound("revision");
    const s = revision.snapshot as MeasureSnapshot;
    const [before] = await tx
      .select()
      .from(measure)
      .where(and(eq(measure.id, input.measureId), isNull(measure.deletedAt)));
    if (!before) throw notFound("measure");
    const fields = Object.fromEntries(SNAPSHOT_FIELDS.map((f) => [f, s[f]])) as Pick<MeasureSnapshot, (typeof SNAPSHOT_FIELDS)[number]>;
    const [after] = await tx
      .update(measure)
      .set({ ...fields, searchTokens: measureSearchTokens(fields), version: input.version + 1, updatedAt: new Date() })
      .where(and(eq(measure.id, input.measureId), eq(measure.version, input.version)))
      .returning();
    if (!after) throw staleVersion("measure", editableView(before));
    await tx.delete(measureSource).where(eq(measureSource.measureId, after.id));
    if (s.sources.length > 0) {
      await tx.insert(measureSource).values(
        s.sources.map((src, position) => ({ measureId: after.id, unitId: src.unitId, locator: src.locator, quote: src.quote, position })),
      );
    }
    await writeRevision(tx, { measureId: after.id, action: "restore-revision", actorId: ctx.viewer.id });
    await recordAuditEvent(tx, ctx, {
      action: "measure.restore_revision",
      entityType: "measure",
      entityId: after.id,
      before: editableView(before),
      after: { ...editableView(after), fromVersion: revision.version },
    });
    return editableView(after);
  });
}
