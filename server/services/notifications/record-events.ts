// What the records workflow tells people and the feed: a submission (the secretariat is notified;
// the submitter's organisation sees it in its feed), a decision (the submitter is notified), a
// publication (a public feed line). Called inside the records services' transactions.
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Tx } from "~/db/client";
import { membership, record, user } from "~/db/schema";
import { recordActivity } from "~/server/services/activity/record-activity";
import { STAFF_ROLES } from "~/server/auth/policy";
import type { ServiceContext } from "~/server/services/context";
import { notify, type Outbox } from "./notify";

type RecordRow = typeof record.$inferSelect;

const summaryOf = (r: RecordRow) => ({
  title: r.title,
  href: `/records/${r.id}`,
  type: r.type,
});

async function staffIds(tx: Tx) {
  const rows = await tx
    .select({ id: user.id })
    .from(user)
    .innerJoin(membership, and(eq(membership.userId, user.id), isNull(membership.endedAt)))
    .where(and(inArray(membership.role, [...STAFF_ROLES]), isNull(user.deactivatedAt)));
  return rows.map((r) => r.id);
}

/** A record (or a pending edit of a published one) now waits for review. */
export async function onRecordSubmitted(tx: Tx, ctx: ServiceContext, outbox: Outbox, r: RecordRow, opts: { revision?: boolean } = {}) {
  await notify(tx, ctx, outbox, {
    kind: "submitted",
    subjectType: "record",
    subjectId: r.id,
    recipientIds: await staffIds(tx),
    payload: { revision: !!opts.revision },
  });
  await recordActivity(tx, ctx, {
    verb: "record.submitted",
    subjectType: "record",
    subjectId: r.id,
    organizationId: r.organizationId,
    visibility: "organization",
    countryIso3s: r.countryIso3 ? [r.countryIso3] : [],
    summary: summaryOf(r),
  });
}

/** The secretariat decided: the person who proposed it hears, in the decision's words. */
export async function onRecordDecided(tx: Tx, ctx: ServiceContext, outbox: Outbox, r: RecordRow, decision: string, submitterId: string) {
  await notify(tx, ctx, outbox, {
    kind: "decided",
    subjectType: "record",
    subjectId: r.id,
    recipientIds: [submitterId],
    payload: { decision },
  });
}

/** A record became public (first publication, not every later edit). */
export async function onRecordPublished(tx: Tx, ctx: ServiceContext, r: RecordRow) {
  await recordActivity(tx, ctx, {
    verb: "record.published",
    subjectType: "record",
    subjectId: r.id,
    organizationId: r.organizationId,
    visibility: "public",
    countryIso3s: r.countryIso3 ? [r.countryIso3] : [],
    summary: summaryOf(r),
  });
}
