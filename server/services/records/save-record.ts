// Propose, edit (version-checked) and soft-delete records. Staff saves publish directly; a member's
// edit of a published record becomes a pending revision and the published version stays as it is.
import { and, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import { db, type Tx } from "~/db/client";
import { onRecordPublished, onRecordSubmitted } from "~/server/services/notifications/record-events";
import { onProgressChanged } from "~/server/services/follows/follower-events";
import { notifyingTransaction, type Outbox } from "~/server/services/notifications/notify";
import { record, recordRevision } from "~/db/schema";
import { can, isStaff } from "~/server/auth/policy";
import { AppError, fieldError, forbidden, notFound } from "~/server/errors";
import { recordAuditEvent } from "~/server/services/audit/record-audit-event";
import type { AuthedServiceContext } from "~/server/services/context";
import { recomputeForRecords } from "~/server/services/progress/recompute-progress";
import { hasStatusHistory } from "~/server/services/status-events/record-current-status";
import { uncitableUploads } from "~/server/services/uploads/upload-access";
import { editableWhere } from "./record-access";
import { columnsOf, resolveLinks, writeLinks } from "./record-links";
import { addRevision, staleRecord } from "./record-revisions";
import type { TCreateRecordInput, TUpdateRecordInput } from "./record-schemas";

const notEditable = () => new AppError("CONFLICT", "record cannot be edited now", { messageKey: "recordNotEditable" });

/** The one rule for files (uploads/upload-access.ts): evidence may cite only uploads one may already read. */
async function assertMayCite(tx: Tx, ctx: AuthedServiceContext, input: TCreateRecordInput | TUpdateRecordInput) {
  const uploadIds = input.evidence.flatMap((e) => (e.kind === "file" ? [e.uploadId] : []));
  const refused = await uncitableUploads(tx, ctx.viewer, uploadIds);
  // The same answer as for an unknown id: no way to learn that someone else's file exists.
  if (refused.length) throw fieldError("evidence", "unknownUpload", `evidence: ${refused.join(", ")}`);
}

function assertMayPropose(ctx: AuthedServiceContext, input: { type: string; countryIso3: string | null }) {
  if (!can(ctx.viewer, "record.propose", { recordType: input.type, countryIso3: input.countryIso3 })) {
    throw forbidden("record.propose");
  }
}

export async function createRecord({ ctx, input, opts = {} }: { ctx: AuthedServiceContext; input: TCreateRecordInput; opts?: { isSample?: boolean } }) {
  return notifyingTransaction((tx, outbox) => insertRecord(tx, ctx, input, { ...opts, outbox }));
}

/** One new record inside the caller's transaction (a CSV import inserts many in one). */
/** `deferProgress`: the caller recomputes progress once for the whole batch (CSV import). */
export async function insertRecord(
  tx: Tx,
  ctx: AuthedServiceContext,
  input: TCreateRecordInput,
  opts: { isSample?: boolean; deferProgress?: boolean; outbox?: Outbox } = {},
) {
  assertMayPropose(ctx, input);
  const publishes = can(ctx.viewer, "record.publishWithoutReview");
  const now = new Date();
  const snapshot = await resolveLinks(tx, input);
  await assertMayCite(tx, ctx, input);
  const [row] = await tx
    .insert(record)
    .values({
      ...columnsOf(input),
      type: input.type,
      reviewStatus: publishes ? "published" : input.submit ? "submitted" : "draft",
      organizationId: ctx.viewer.organizationId,
      createdById: ctx.viewer.id,
      isSample: opts.isSample ?? false,
      submittedAt: !publishes && input.submit ? now : null,
      publishedAt: publishes ? now : null,
    })
    .returning();
  await writeLinks(tx, row!.id, snapshot);
  await addRevision(tx, row!.id, "applied", snapshot, ctx.viewer);
  await recordAuditEvent(tx, ctx, { action: "record.create", entityType: "record", entityId: row!.id, after: { ...row, links: snapshot } });
  const changes = opts.deferProgress ? [] : await recomputeForRecords(tx, [row]);
  if (row!.reviewStatus === "submitted") await onRecordSubmitted(tx, ctx, opts.outbox ?? [], row!);
  if (row!.reviewStatus === "published") await onRecordPublished(tx, ctx, row!);
  if (!opts.deferProgress) {
    await onProgressChanged(tx, ctx, opts.outbox ?? [], row!, changes, { newlyPublished: row!.reviewStatus === "published" });
  }
  return row!;
}

export async function updateRecord({ ctx, input }: { ctx: AuthedServiceContext; input: TUpdateRecordInput }) {
  assertMayPropose(ctx, input);
  const publishes = can(ctx.viewer, "record.publishWithoutReview");
  return notifyingTransaction(async (tx, outbox) => {
    const [before] = await tx.select().from(record).where(editableWhere(ctx.viewer, input.id));
    if (!before) throw notFound("record");
    if (before.type !== input.type) throw new AppError("VALIDATION", "type cannot change", { fields: { type: "validation.typeFixed" } });
    // Once a record has a dated status history, its status changes only by a reviewed status event (decision 025).
    if (input.status !== before.status && (await hasStatusHistory(tx, before.id))) {
      throw fieldError("status", "statusChangesAreEvents", "status: use a status update");
    }
    const snapshot = await resolveLinks(tx, input);
    await assertMayCite(tx, ctx, input);
    const editsPublished = !publishes && before.reviewStatus === "published";
    if (!publishes && !editsPublished && !["draft", "changes_requested"].includes(before.reviewStatus)) throw notEditable();

    const next = editsPublished
      ? {} // the published fields stay until the secretariat approves the pending revision
      : {
          ...columnsOf(input),
          reviewStatus: publishes ? ("published" as const) : input.submit ? ("submitted" as const) : before.reviewStatus,
          submittedAt: !publishes && input.submit ? new Date() : before.submittedAt,
          publishedAt: publishes ? new Date() : before.publishedAt,
        };
    const [after] = await tx
      .update(record)
      .set({ ...next, version: input.version + 1, updatedAt: new Date() })
      .where(and(eq(record.id, input.id), eq(record.version, input.version)))
      .returning();
    if (!after) throw await staleRecord(tx, before.id);

    if (editsPublished) {
      // A still-unreviewed pending edit is refined in place; one the secretariat answered stays as history.
      const [open] = before.pendingRevisionId
        ? await tx
            .select()
            .from(recordRevision)
            .where(and(eq(recordRevision.id, before.pendingRevisionId), eq(recordRevision.state, "pending")))
        : [];
      const revision = open
        ? (await tx.update(recordRevision).set({ snapshot, createdById: ctx.viewer.id }).where(eq(recordRevision.id, open.id)).returning())[0]!
        : await addRevision(tx, after.id, "pending", snapshot, ctx.viewer);
      await tx.update(record).set({ pendingRevisionId: revision.id }).where(eq(record.id, after.id));
      if (!open) await onRecordSubmitted(tx, ctx, outbox, after, { revision: true });
      await recordAuditEvent(tx, ctx, {
        action: "record.propose_revision",
        entityType: "record",
        entityId: after.id,
        after: { revisionId: revision.id, snapshot },
      });
      return { ...after, pendingRevisionId: revision.id };
    }
    await writeLinks(tx, after.id, snapshot);
    await addRevision(tx, after.id, "applied", snapshot, ctx.viewer);
    await recordAuditEvent(tx, ctx, { action: "record.update", entityType: "record", entityId: after.id, before, after: { ...after, links: snapshot } });
    const changes = await recomputeForRecords(tx, [before, after]);
    const newlyPublished = after.reviewStatus === "published" && before.reviewStatus !== "published";
    if (after.reviewStatus === "submitted" && before.reviewStatus !== "submitted") await onRecordSubmitted(tx, ctx, outbox, after);
    if (newlyPublished) await onRecordPublished(tx, ctx, after);
    await onProgressChanged(tx, ctx, outbox, after, changes, { newlyPublished });
    return after;
  });
}

/** Members delete their organisation's unpublished records; staff any. Restore is for staff. */
export async function setRecordDeleted({ ctx, input, deleted }: { ctx: AuthedServiceContext; input: { id: string }; deleted: boolean }) {
  return db.transaction(async (tx) => {
    const scope = deleted
      ? and(
          editableWhere(ctx.viewer, input.id),
          isStaff(ctx.viewer) ? undefined : inArray(record.reviewStatus, ["draft", "changes_requested", "rejected"]),
        )
      : and(eq(record.id, input.id), isNotNull(record.deletedAt));
    const [after] = await tx
      .update(record)
      .set({ deletedAt: deleted ? new Date() : null, updatedAt: new Date() })
      .where(and(scope, deleted ? isNull(record.deletedAt) : undefined))
      .returning();
    if (!after) throw notFound("record");
    await recordAuditEvent(tx, ctx, {
      action: deleted ? "record.delete" : "record.restore",
      entityType: "record",
      entityId: after.id,
      after: { deletedAt: after.deletedAt },
    });
    await recomputeForRecords(tx, [after]);
    return after;
  });
}
