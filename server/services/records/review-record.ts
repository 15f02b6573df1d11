// The review workflow: a proposer submits; the secretariat publishes, asks for changes or rejects,
// with a message to the submitter; the secretariat can restore any earlier revision.
import { and, eq, inArray } from "drizzle-orm";
import { onProgressChanged } from "~/server/services/follows/follower-events";
import { notifyingTransaction } from "~/server/services/notifications/notify";
import { onRecordDecided, onRecordPublished, onRecordSubmitted } from "~/server/services/notifications/record-events";
import { record, recordDecision, recordRevision } from "~/db/schema";
import { AppError, notFound } from "~/server/errors";
import { recordAuditEvent } from "~/server/services/audit/record-audit-event";
import type { AuthedServiceContext } from "~/server/services/context";
import { recomputeForRecords } from "~/server/services/progress/recompute-progress";
import { editableWhere } from "./record-access";
import type { Snapshot } from "./record-links";
import { addRevision, applySnapshot, staleRecord } from "./record-revisions";
import type { TDecideInput } from "./record-schemas";

const wrongState = (messageKey: string) => new AppError("CONFLICT", messageKey, { messageKey });

export async function submitRecord({ ctx, input }: { ctx: AuthedServiceContext; input: { id: string; version: number } }) {
  return notifyingTransaction(async (tx, outbox) => {
    const [before] = await tx.select().from(record).where(editableWhere(ctx.viewer, input.id));
    if (!before) throw notFound("record");
    if (before.version !== input.version) throw await staleRecord(tx, before.id);
    if (!["draft", "changes_requested"].includes(before.reviewStatus)) throw wrongState("recordNotSubmittable");
    const [after] = await tx
      .update(record)
      .set({ reviewStatus: "submitted", submittedAt: new Date(), version: before.version + 1, updatedAt: new Date() })
      .where(and(eq(record.id, input.id), eq(record.version, input.version)))
      .returning();
    if (!after) throw await staleRecord(tx, before.id);
    await recordAuditEvent(tx, ctx, { action: "record.submit", entityType: "record", entityId: after.id, after: { reviewStatus: after.reviewStatus } });
    await onRecordSubmitted(tx, ctx, outbox, after);
    return after;
  });
}

/** Decides on what is waiting: a member's pending edit of a published record, or a submitted record. */
export async function decideRecord({ ctx, input }: { ctx: AuthedServiceContext; input: TDecideInput }) {
  return notifyingTransaction(async (tx, outbox) => {
    const [before] = await tx.select().from(record).where(eq(record.id, input.id));
    if (!before || before.deletedAt) throw notFound("record");
    if (before.version !== input.version) throw await staleRecord(tx, before.id);
    const [pending] = before.pendingRevisionId
      ? await tx.select().from(recordRevision).where(and(eq(recordRevision.id, before.pendingRevisionId), eq(recordRevision.state, "pending")))
      : [];
    if (!pending && before.reviewStatus !== "submitted") throw wrongState("nothingToReview");

    const now = new Date();
    let after: typeof before;
    if (pending) {
      const approved = input.decision === "published";
      await tx
        .update(recordRevision)
        .set({ state: approved ? "applied" : (input.decision as "changes_requested" | "rejected") })
        .where(eq(recordRevision.id, pending.id));
      after = approved
        ? await applySnapshot(tx, before, pending.snapshot as Snapshot, { pendingRevisionId: null, publishedAt: now })
        : (await tx
            .update(record)
            .set({
              // Asked-for changes stay attached so the member sees them; a rejection clears the way.
              pendingRevisionId: input.decision === "rejected" ? null : before.pendingRevisionId,
              version: before.version + 1,
              updatedAt: now,
            })
            .where(and(eq(record.id, before.id), eq(record.version, input.version)))
            .returning())[0]!;
    } else {
      const [row] = await tx
        .update(record)
        .set({
          reviewStatus: input.decision,
          publishedAt: input.decision === "published" ? now : before.publishedAt,
          version: before.version + 1,
          updatedAt: now,
        })
        .where(and(eq(record.id, before.id), eq(record.version, input.version)))
        .returning();
      if (!row) throw await staleRecord(tx, before.id);
      after = row;
    }
    await tx.insert(recordDecision).values({
      recordId: before.id,
      revisionId: pending?.id ?? null,
      decision: input.decision,
      message: input.message,
      decidedById: ctx.viewer.id,
    });
    await recordAuditEvent(tx, ctx, {
      action: "record.decide",
      entityType: "record",
      entityId: before.id,
      before: { reviewStatus: before.reviewStatus, pendingRevisionId: before.pendingRevisionId },
      after: { decision: input.decision, message: input.message, reviewStatus: after.reviewStatus, revisionId: pending?.id ?? null },
    });
    const changes = await recomputeForRecords(tx, [before, after]);
    await onRecordDecided(tx, ctx, outbox, after, input.decision, pending?.createdById ?? before.createdById);
    const newlyPublished = after.reviewStatus === "published" && before.reviewStatus !== "published";
    if (newlyPublished) await onRecordPublished(tx, ctx, after);
    await onProgressChanged(tx, ctx, outbox, after, changes, { newlyPublished });
    return after;
  });
}

/** Puts an earlier revision back as the record's current state: itself a new revision. */
export async function restoreRevision({ ctx, input }: { ctx: AuthedServiceContext; input: { id: string; version: number; revisionId: string } }) {
  return notifyingTransaction(async (tx, outbox) => {
    const [before] = await tx.select().from(record).where(eq(record.id, input.id));
    if (!before || before.deletedAt) throw notFound("record");
    if (before.version !== input.version) throw await staleRecord(tx, before.id);
    const [revision] = await tx
      .select()
      .from(recordRevision)
      .where(and(eq(recordRevision.id, input.revisionId), eq(recordRevision.recordId, input.id), inArray(recordRevision.state, ["applied"])));
    if (!revision) throw notFound("revision");
    const snapshot = revision.snapshot as Snapshot;
    const after = await applySnapshot(tx, before, snapshot, {});
    const added = await addRevision(tx, after.id, "applied", snapshot, ctx.viewer);
    await recordAuditEvent(tx, ctx, {
      action: "record.restore_revision",
      entityType: "record",
      entityId: after.id,
      after: { restoredFrom: revision.number, revision: added.number },
    });
    const changes = await recomputeForRecords(tx, [before, after]);
    await onProgressChanged(tx, ctx, outbox, after, changes, { newlyPublished: false });
    return after;
  });
}
