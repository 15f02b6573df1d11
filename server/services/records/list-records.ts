// Lists of records for every audience: the public country page and API, a member's drafts, the
// review queue, exports. What a person may see is decided in the where clause (record-access.ts).
import { and, asc, count, desc, eq, exists, inArray, isNotNull, lte, or, type SQL } from "drizzle-orm";
import { z } from "zod";
import { db } from "~/db/client";
import { country, measure, organization, record, recordMeasure, recordRevision } from "~/db/schema";
import type { Viewer } from "~/server/auth/policy";
import { ownedWhere, visibleWhere } from "./record-access";
import { RECORD_TYPES, REVIEW_STATUSES } from "./record-schemas";

export const ZListRecordsInputSchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
  type: z.enum(RECORD_TYPES).optional(),
  country: z.string().regex(/^[A-Z]{3}$/).optional(),
  measure: z.string().trim().min(1).max(200).optional(),
  organizationId: z.uuid().optional(),
  reviewStatus: z.array(z.enum(REVIEW_STATUSES)).optional(),
  /** Only what the caller (or their organisation) entered. */
  mine: z.boolean().default(false),
  /** Submitted records and pending edits of published ones: the secretariat's queue. */
  awaitingReview: z.boolean().default(false),
  /** Waiting at least this many days (queue filter by age). */
  olderThanDays: z.coerce.number().int().min(0).max(3650).optional(),
  includeDeleted: z.boolean().default(false),
  /** Deleted records only (staff; for everyone else the list is simply empty). */
  onlyDeleted: z.boolean().default(false),
});
export type TListRecordsInput = z.input<typeof ZListRecordsInputSchema>;

// `pending_revision_id is not null` is implied by the subquery; it is spelled out so the planner can
// use the partial review-queue index (record_review_queue_idx).
const pendingEdit = and(
  isNotNull(record.pendingRevisionId),
  exists(
    db
      .select({ one: recordRevision.id })
      .from(recordRevision)
      .where(and(eq(recordRevision.id, record.pendingRevisionId), eq(recordRevision.state, "pending"))),
  ),
)!;

export function listWhere(viewer: Viewer | null, input: z.output<typeof ZListRecordsInputSchema>): SQL {
  const conditions: (SQL | undefined)[] = [visibleWhere(viewer, { includeDeleted: input.includeDeleted || input.onlyDeleted })];
  if (input.onlyDeleted) conditions.push(isNotNull(record.deletedAt));
  if (input.type) conditions.push(eq(record.type, input.type));
  if (input.country) conditions.push(eq(record.countryIso3, input.country));
  // Who entered a record is not public: an anonymous list cannot be narrowed by organisation.
  if (input.organizationId && viewer) conditions.push(eq(record.organizationId, input.organizationId));
  if (input.reviewStatus?.length) conditions.push(inArray(record.reviewStatus, input.reviewStatus));
  if (input.mine) conditions.push(ownedWhere(viewer) ?? eq(record.createdById, viewer?.id ?? ""));
  if (input.awaitingReview) conditions.push(or(eq(record.reviewStatus, "submitted"), pendingEdit));
  if (input.olderThanDays !== undefined) {
    conditions.push(lte(record.updatedAt, new Date(Date.now() - input.olderThanDays * 86_400_000)));
  }
  if (input.measure) {
    conditions.push(
      exists(
        db
          .select({ one: recordMeasure.recordId })
          .from(recordMeasure)
          .innerJoin(measure, eq(measure.id, recordMeasure.measureId))
          .where(and(eq(recordMeasure.recordId, record.id), eq(measure.slug, input.measure))),
      ),
    );
  }
  return and(...conditions)!;
}

export async function listRecords({ ctx: { viewer }, input: raw }: { ctx: { viewer: Viewer | null }; input: TListRecordsInput }) {
  const input = ZListRecordsInputSchema.parse(raw);
  const where = listWhere(viewer, input);
  const [items, [total]] = await Promise.all([
    db
      .select({
        id: record.id,
        type: record.type,
        reviewStatus: record.reviewStatus,
        countryIso3: record.countryIso3,
        countryName: country.name,
        regionalOrganizationId: record.regionalOrganizationId,
        title: record.title,
        date: record.date,
        status: record.status,
        kind: record.kind,
        organizationName: organization.name,
        isSample: record.isSample,
        version: record.version,
        hasPendingEdit: pendingEdit.mapWith(Boolean),
        updatedAt: record.updatedAt,
        deletedAt: record.deletedAt,
      })
      .from(record)
      .leftJoin(country, eq(country.iso3, record.countryIso3))
      .leftJoin(organization, eq(organization.id, record.organizationId))
      .where(where)
      .orderBy(input.awaitingReview ? asc(record.updatedAt) : desc(record.date), asc(record.id))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize),
    db.select({ n: count() }).from(record).where(where),
  ]);
  return {
    // Anonymous visitors see published records without the organisation that entered them.
    items: viewer ? items : items.map((i) => ({ ...i, organizationName: null })),
    total: Number(total?.n ?? 0),
    page: input.page,
    pageSize: input.pageSize,
  };
}
