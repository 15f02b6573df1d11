// A dated change of a published record's real-world status. A member's proposal waits for the
// secretariat; a staff entry is published at once (as staff saves of records are).
import { and, eq, isNull } from "drizzle-orm";
import { db } from "~/db/client";
import { COMMITMENT_STATUSES, PARLIAMENTARY_STATUSES } from "~/db/schema/record-vocabulary";
import { record, recordStatusEvent } from "~/db/schema";
import { can } from "~/server/auth/policy";
import { fieldError, forbidden, notFound } from "~/server/errors";
import { recordAuditEvent } from "~/server/services/audit/record-audit-event";
import type { AuthedServiceContext } from "~/server/services/context";
import { recomputeForRecords } from "~/server/services/progress/recompute-progress";
import { today } from "~/server/domain/dates";
import { syncOpeningEvents } from "./opening-events";
import { refreshRecordStatus } from "./record-current-status";
import type { TProposeStatusEventInput } from "./status-events.types";

const STATUSES_OF: Record<string, readonly string[]> = {
  commitment: COMMITMENT_STATUSES,
  parliamentary_action: PARLIAMENTARY_STATUSES,
};

export async function proposeStatusEvent({ ctx, input }: { ctx: AuthedServiceContext; input: TProposeStatusEventInput }) {
  return db.transaction(async (tx) => {
    // Only a published record has a public history to add to; an unpublished one is simply edited.
    const [target] = await tx
      .select()
      .from(record)
      .where(and(eq(record.id, input.recordId), eq(record.reviewStatus, "published"), isNull(record.deletedAt)));
    if (!target) throw notFound("record");
    const statuses = STATUSES_OF[target.type];
    if (!statuses) throw fieldError("recordId", "noStatusHistory", "focal points have no status history");
    if (!can(ctx.viewer, "record.propose", { recordType: target.type, countryIso3: target.countryIso3 })) throw forbidden("record.propose");
    if (!statuses.includes(input.status)) throw fieldError("status", "choose", `status: ${input.status}`);
    if (input.date < target.date) throw fieldError("date", "eventBeforeRecord", "the change predates the record");

    // Staff entries are published at once, as their record saves are.
    const staff = can(ctx.viewer, "record.publishWithoutReview");
    const now = new Date();
    const [row] = await tx
      .insert(recordStatusEvent)
      .values({
        recordId: target.id,
        origin: "update",
        date: input.date,
        status: input.status,
        evidenceUrl: input.evidenceUrl,
        note: input.note,
        reviewStatus: staff ? "published" : "submitted",
        createdById: ctx.viewer.id,
        organizationId: ctx.viewer.organizationId,
        decidedById: staff ? ctx.viewer.id : null,
        publishedAt: staff ? now : null,
      })
      .returning();
    await recordAuditEvent(tx, ctx, { action: "status_event.propose", entityType: "record_status_event", entityId: row!.id, after: row });
    if (staff) {
      // The record's own first status must be in its history before a later one is (regional
      // organisations' records have no country recompute to write it).
      await syncOpeningEvents(tx, null, { recordIds: [target.id] });
      await refreshRecordStatus(tx, target.id, today());
      await recomputeForRecords(tx, [target]);
    }
    return row!;
  });
}
