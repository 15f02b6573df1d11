// Dated status history of commitments and parliamentary actions (issue 14, decision 025): each change
// of real-world status (announced → in progress → fulfilled; introduced → adopted) is an event with its
// own date and evidence, proposed by a member and published by the secretariat like a record. The
// progress rules read published events, so every "as of" date is true. The `opening` event is the
// status the record was made with, at the record's own date; it follows the record's date and status
// while the record has no later events (server/services/status-events/opening-events.ts).
import { sql } from "drizzle-orm";
import { date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { organization, user } from "./accounts";
import { record, reviewStatusEnum } from "./records";

export const STATUS_EVENT_ORIGINS = ["opening", "update"] as const;

export const recordStatusEvent = pgTable(
  "record_status_event",
  {
    id: uuid().primaryKey().defaultRandom(),
    recordId: uuid()
      .notNull()
      .references(() => record.id, { onDelete: "cascade" }),
    /** `opening`: the record's own date and first status; `update`: a later change in the world. */
    origin: text({ enum: STATUS_EVENT_ORIGINS }).notNull(),
    /** The day the status changed in the world (YYYY-MM-DD). */
    date: date({ mode: "string" }).notNull(),
    /** A commitment or parliamentary-action status (record-vocabulary.ts), checked by zod. */
    status: text().notNull(),
    /** What shows the change happened: a public URL (the record's own evidence serves the opening event). */
    evidenceUrl: text(),
    note: text().notNull().default(""),
    /** submitted → published | rejected (changes are asked for by rejecting with a message). */
    reviewStatus: reviewStatusEnum().notNull().default("submitted"),
    decisionMessage: text().notNull().default(""),
    /** Who proposed it, and for which organisation (a member sees their organisation's proposals). */
    createdById: uuid().references(() => user.id),
    organizationId: uuid().references(() => organization.id),
    decidedById: uuid().references(() => user.id),
    version: integer().notNull().default(1),
    publishedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index().on(t.recordId, t.date),
    index().on(t.reviewStatus),
    // One opening event per record: the record's own date and first status.
    uniqueIndex("record_status_event_opening_idx").on(t.recordId).where(sql`${t.origin} = 'opening'`),
  ],
);
