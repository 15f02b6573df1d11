// The secretariat publishes or rejects a proposed status change (version-checked). Publishing moves
// the record's current status and recomputes its country's progress in the same transaction.
import { and, eq, isNull } from "drizzle-orm";
import { db } from "~/db/client";
import { record, recordStatusEvent } from "~/db/schema";
import { AppError, notFound } from "~/server/errors";
import { recordAuditEvent } from "~/server/services/audit/record-audit-event";
import type { AuthedServiceContext } from "~/server/services/context";
import { recomputeForRecords } from "~/server/services/progress/recompute-progress";
import { today } from "~/server/domain/dates";
import { syncOpeningEvents } from "./opening-events";
import { refreshRecordStatus } from "./record-current-status";
import type { TDecideStatusEventInput } from "./status-events.types";

const stale = () => new AppError("CONFLICT", "status event changed meanwhile", { messageKey: "staleVersion" });

export async function decideStatusEvent({ ctx, input }: { ctx: AuthedServiceContext; input: TDecideStatusEventInput }) {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(recordStatusEvent)
      .where(and(eq(recordStatusEvent.id, input.id), isNull(recordStatusEvent.deletedAt)));
    if (!before) throw notFound("status_event");
    if (before.version !== input.version) throw stale();
    if (before.reviewStatus !== "submitted") throw new AppError("CONFLICT", "nothing to review", { messageKey: "nothingToReview" });
    const [after] = await tx
      .update(recordStatusEvent)
      .set({
        reviewStatus: input.decision,
        decisionMessage: input.message,
        decidedById: ctx.viewer.id,
        publishedAt: input.decision === "published" ? new Date() : null,
        version: before.version + 1,
        updatedAt: new Date(),
      })
      .where(and(eq(recordStatusEvent.id, before.id), eq(recordStatusEvent.version, input.version)))
      .returning();
    if (!after) throw stale();
    await recordAuditEvent(tx, ctx, {
      action: "status_event.decide",
      entityType: "record_status_event",
      entityId: after.id,
      before: { reviewStatus: before.reviewStatus },
      after: { decision: input.decision, message: input.message, reviewStatus: after.reviewStatus },
    });
    if (after.reviewStatus === "published") {
      const [target] = await tx.select().from(record).where(eq(record.id, after.recordId));
      // The record's own first status must be in its history before a later one is (regional
      // organisations' records have no country recompute to write it).
      await syncOpeningEvents(tx, null, { recordIds: [after.recordId] });
      await refreshRecordStatus(tx, after.recordId, today());
      await recomputeForRecords(tx, [target]);
    }
    return after;
  });
}
