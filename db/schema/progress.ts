// Derived progress: each country's status on each measure and its scores, computed by the pure rules
// in server/progress/rules.ts from published records and rewritten whenever those records change
// (decision 009). Never edited by hand; it can always be rebuilt from the records.
import { date, index, jsonb, pgTable, primaryKey, real, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { measure } from "./measures";
import { country } from "./reference";

/** Only measures with a status other than `none` have a row. */
export const countryMeasureStatus = pgTable(
  "country_measure_status",
  {
    countryIso3: text()
      .notNull()
      .references(() => country.iso3),
    measureId: uuid()
      .notNull()
      .references(() => measure.id),
    /** committed, in_progress, implemented, regressed. */
    status: text().notNull(),
    since: date({ mode: "string" }).notNull(),
    /** The records that decided it: [{ type, id }]. */
    evidence: jsonb().notNull().default([]),
    computedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.countryIso3, t.measureId] }), index().on(t.measureId, t.status)],
);

export const countryScore = pgTable("country_score", {
  countryIso3: text()
    .primaryKey()
    .references(() => country.iso3),
  /** Share of applicable measures implemented (in progress counts half), 0–1. */
  overall: real().notNull(),
  byPillar: jsonb().notNull().default({}),
  byActor: jsonb().notNull().default({}),
  /** The latest published record's date, for "no update in 12 months". */
  lastEvidenceAt: timestamp({ withTimezone: true }),
  computedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
