// Following: a person asks to hear about a country, a measure or an advocacy action (decision 024).
// The subject is named by (type, key) — a country by its ISO3 code, a measure or an action by its
// id — so one table serves the three kinds; the follows service checks the subject exists and is
// visible, and every notification is filtered again by who may see it, at writing and at sending.
import { sql } from "drizzle-orm";
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { user } from "./accounts";

export const FOLLOW_SUBJECTS = ["country", "measure", "action"] as const;
export type TFollowSubject = (typeof FOLLOW_SUBJECTS)[number];

export const follow = pgTable(
  "follow",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => user.id),
    subjectType: text().$type<TFollowSubject>().notNull(),
    /** ISO3 for a country, the uuid (as text) for a measure or an action. */
    subjectKey: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Unfollowing ends the row (deletes are soft); following again clears it. */
    endedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex("follow_user_subject_idx").on(t.userId, t.subjectType, t.subjectKey),
    index("follow_subject_idx").on(t.subjectType, t.subjectKey),
    check("follow_subject_type_check", sql`${t.subjectType} in ('country', 'measure', 'action')`),
  ],
);
