// Working together on actions and records: follow-up tasks, threaded comments with @mentions,
// notifications (in-app, and by email immediately or in a daily digest) and the activity feed.
// Tasks, comments and notifications point at their subject by (type, id) rather than by foreign
// key, so one table serves every kind of subject; services check the subject exists and is visible.
import {
  bigint,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { organization, user } from "./accounts";
import { visibilityEnum } from "./advocacy";

/** A follow-up on an action or a record (TASK_SUBJECTS), assigned to one person. */
export const task = pgTable(
  "task",
  {
    id: uuid().primaryKey().defaultRandom(),
    subjectType: text().notNull(),
    subjectId: uuid().notNull(),
    title: text().notNull(),
    notes: text().notNull().default(""),
    assigneeId: uuid()
      .notNull()
      .references(() => user.id),
    dueOn: date({ mode: "string" }),
    /** open, done, cancelled (TASK_STATUSES). */
    status: text().notNull().default("open"),
    createdById: uuid()
      .notNull()
      .references(() => user.id),
    completedAt: timestamp({ withTimezone: true }),
    /** Set when the "due soon" reminder went out, so it goes out once. */
    reminderSentAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index().on(t.assigneeId, t.status, t.dueOn),
    index().on(t.subjectType, t.subjectId),
    index().on(t.status, t.dueOn),
  ],
);

/** A comment on an action, record, measure or document unit (COMMENT_SUBJECTS); one level of replies. */
export const comment = pgTable(
  "comment",
  {
    id: uuid().primaryKey().defaultRandom(),
    subjectType: text().notNull(),
    subjectId: uuid().notNull(),
    parentId: uuid(),
    authorId: uuid()
      .notNull()
      .references(() => user.id),
    /** Plain text with a small safe markup (rendered by components, never as HTML). */
    body: text().notNull(),
    version: integer().notNull().default(1),
    editedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.subjectType, t.subjectId, t.createdAt), index().on(t.authorId)],
);

export const commentMention = pgTable(
  "comment_mention",
  {
    commentId: uuid()
      .notNull()
      .references(() => comment.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => user.id),
  },
  (t) => [primaryKey({ columns: [t.commentId, t.userId] }), index().on(t.userId)],
);

/** One in-app notification; `emailedAt` set once it went out by email (immediately or in a digest). */
export const notification = pgTable(
  "notification",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => user.id),
    /** submitted, decided, task_assigned, task_due, mentioned, … */
    kind: text().notNull(),
    subjectType: text().notNull(),
    subjectId: uuid().notNull(),
    actorId: uuid().references(() => user.id),
    /** What the message needs to be written without another query (titles, decision, due date). */
    payload: jsonb().notNull().default({}),
    readAt: timestamp({ withTimezone: true }),
    emailedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.userId, t.readAt, t.createdAt), index().on(t.emailedAt, t.userId)],
);

/**
 * The activity feed: who did what, when. Written next to the audit event by the services that
 * matter to colleagues; carries the subject's visibility and organisation so the feed's where
 * clause can filter without joining every kind of subject, and the countries for per-country feeds.
 */
export const activity = pgTable(
  "activity",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    actorId: uuid().references(() => user.id),
    /** action.created, record.published, comment.created, task.completed, … */
    verb: text().notNull(),
    subjectType: text().notNull(),
    subjectId: uuid().notNull(),
    organizationId: uuid().references(() => organization.id),
    visibility: visibilityEnum().notNull(),
    countryIso3s: text().array().notNull().default([]),
    summary: jsonb().notNull().default({}),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.createdAt),
    index().on(t.subjectType, t.subjectId),
    index("activity_country_iso3s_idx").using("gin", t.countryIso3s),
  ],
);
