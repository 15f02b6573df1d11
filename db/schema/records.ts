// Facts about states: commitments, focal-point appointments and parliamentary actions, their links
// to measures and document units, their evidence, their revisions and the secretariat's decisions.
// One table for the three types: they share the workflow, the links and the history; the
// type-specific columns are nullable and zod (server/services/records/record-schemas.ts) says
// which a type needs. Kinds, venues and statuses are text checked by zod, so a new value needs no migration.
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { organization, user } from "./accounts";
import { documentUnit } from "./documents";
import { localizedText } from "./localized-text-column";
import { measure } from "./measures";
import { country, regionalOrganization } from "./reference";

export const recordTypeEnum = pgEnum("record_type", ["commitment", "focal_point", "parliamentary_action"]);
export const reviewStatusEnum = pgEnum("review_status", [
  "draft",
  "submitted",
  "published",
  "changes_requested",
  "rejected",
]);
export const revisionStateEnum = pgEnum("revision_state", ["applied", "pending", "changes_requested", "rejected"]);
export const evidenceKindEnum = pgEnum("evidence_kind", ["url", "file"]);

export const record = pgTable(
  "record",
  {
    id: uuid().primaryKey().defaultRandom(),
    type: recordTypeEnum().notNull(),
    reviewStatus: reviewStatusEnum().notNull().default("draft"),
    countryIso3: text().references(() => country.iso3),
    regionalOrganizationId: integer().references(() => regionalOrganization.id),
    title: localizedText(),
    description: localizedText(),
    /** Date made (commitment), appointed on (focal point), date (parliamentary action). */
    date: date({ mode: "string" }).notNull(),
    /** Commitment: announced… ; parliamentary action: introduced… */
    status: text(),
    kind: text(),
    venue: text(),
    treaty: text(),
    endedOn: date({ mode: "string" }),
    office: text(),
    positionTitle: text(),
    personName: text(),
    personNamePublic: boolean().notNull().default(false),
    network: boolean().notNull().default(false),
    chamber: text(),
    membersInvolved: text(),
    outcome: text(),
    notes: text().notNull().default(""),
    /** The organisation and person who entered it. */
    organizationId: uuid().references(() => organization.id),
    createdById: uuid()
      .notNull()
      .references(() => user.id),
    /** A member's edit of a published record waiting for review (a `pending` revision). */
    pendingRevisionId: uuid(),
    isSample: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    submittedAt: timestamp({ withTimezone: true }),
    publishedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index().on(t.type, t.reviewStatus),
    index().on(t.countryIso3),
    index().on(t.organizationId),
    index().on(t.createdById),
    // Every public records list (profile, records page, /api/v1/records?country=) reads one country's
    // published records of one type by date: a range scan of `offset + pageSize` rows (BENCHMARKS.md).
    index("record_public_country_type_date_idx")
      .on(t.countryIso3, t.type, t.date.desc().nullsFirst(), t.id)
      .where(sql`${t.reviewStatus} = 'published' and ${t.deletedAt} is null`),
    // The review queue (submitted records and published ones with a pending edit), oldest first: a
    // range scan instead of a sequential scan of every record (BENCHMARKS.md, issue 12). The queue's
    // query names `pending_revision_id is not null` so the planner can prove this predicate.
    index("record_review_queue_idx")
      .on(t.updatedAt, t.id)
      .where(sql`${t.deletedAt} is null and (${t.reviewStatus} = 'submitted' or ${t.pendingRevisionId} is not null)`),
    check("record_holder", sql`(${t.countryIso3} is null) <> (${t.regionalOrganizationId} is null)`),
  ],
);

export const recordMeasure = pgTable(
  "record_measure",
  {
    recordId: uuid()
      .notNull()
      .references(() => record.id, { onDelete: "cascade" }),
    measureId: uuid()
      .notNull()
      .references(() => measure.id),
  },
  (t) => [primaryKey({ columns: [t.recordId, t.measureId] }), index().on(t.measureId)],
);

export const recordUnit = pgTable(
  "record_unit",
  {
    recordId: uuid()
      .notNull()
      .references(() => record.id, { onDelete: "cascade" }),
    unitId: uuid()
      .notNull()
      .references(() => documentUnit.id),
  },
  (t) => [primaryKey({ columns: [t.recordId, t.unitId] }), index().on(t.unitId)],
);

/** An uploaded evidence file: type checked by its magic bytes, stored under UPLOADS_DIR by sha256. */
export const upload = pgTable(
  "upload",
  {
    id: uuid().primaryKey().defaultRandom(),
    sha256: text().notNull(),
    mime: text().notNull(),
    size: integer().notNull(),
    filename: text().notNull(),
    uploadedById: uuid()
      .notNull()
      .references(() => user.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.sha256)],
);

export const recordEvidence = pgTable(
  "record_evidence",
  {
    id: uuid().primaryKey().defaultRandom(),
    recordId: uuid()
      .notNull()
      .references(() => record.id, { onDelete: "cascade" }),
    kind: evidenceKindEnum().notNull(),
    url: text(),
    uploadId: uuid().references(() => upload.id),
    label: text().notNull().default(""),
    position: integer().notNull(),
  },
  (t) => [index().on(t.recordId), index().on(t.uploadId)],
);

/**
 * Every saved state of a record (fields and links), numbered per record. `applied` revisions are
 * history; a `pending` one is a member's edit of a published record awaiting review.
 */
export const recordRevision = pgTable(
  "record_revision",
  {
    id: uuid().primaryKey().defaultRandom(),
    recordId: uuid()
      .notNull()
      .references(() => record.id, { onDelete: "cascade" }),
    number: integer().notNull(),
    state: revisionStateEnum().notNull(),
    snapshot: jsonb().notNull(),
    createdById: uuid().references(() => user.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex().on(t.recordId, t.number)],
);

/** The secretariat's decisions, with the message to the submitter (shown on the record). */
export const recordDecision = pgTable(
  "record_decision",
  {
    id: uuid().primaryKey().defaultRandom(),
    recordId: uuid()
      .notNull()
      .references(() => record.id, { onDelete: "cascade" }),
    revisionId: uuid().references(() => recordRevision.id),
    decision: text({ enum: ["published", "changes_requested", "rejected"] }).notNull(),
    message: text().notNull().default(""),
    decidedById: uuid()
      .notNull()
      .references(() => user.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.recordId, t.createdAt)],
);
