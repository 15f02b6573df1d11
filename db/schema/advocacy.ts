// Advocacy actions: who met whom (or wrote, briefed, submitted…), about which countries and
// measures, with what outcome. Visibility (organisation, coalition, public) is enforced by the
// services' where clauses (server/services/advocacy/action-visibility.ts), never only in the UI.
import { sql } from "drizzle-orm";
import {
  boolean,
  customType,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { organization, user } from "./accounts";
import { documentUnit } from "./documents";
import { measure } from "./measures";
import { record, upload } from "./records";
import { country } from "./reference";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export const visibilityEnum = pgEnum("visibility", ["organization", "coalition", "public"]);

export const advocacyAction = pgTable(
  "advocacy_action",
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid()
      .notNull()
      .references(() => organization.id),
    createdById: uuid()
      .notNull()
      .references(() => user.id),
    /** meeting, letter, briefing… (ACTION_KINDS). */
    kind: text().notNull(),
    date: date({ mode: "string" }).notNull(),
    title: text().notNull(),
    summary: text().notNull().default(""),
    outcome: text().notNull().default(""),
    /** pending, no response, acknowledged… (OUTCOME_KINDS). */
    outcomeKind: text().notNull().default("pending"),
    visibility: visibilityEnum().notNull().default("organization"),
    isSample: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    /** App-made tokens (Han bigrams + words) of title, summary, outcome and targets: server/search/tokenize.ts. */
    searchTokens: text().notNull().default(""),
    searchSimple: tsvector().generatedAlwaysAs(sql`to_tsvector('simple'::regconfig, search_tokens)`),
    searchEnglish: tsvector().generatedAlwaysAs(
      sql`to_tsvector('english'::regconfig, title || ' ' || summary || ' ' || outcome)`,
    ),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("advocacy_action_search_simple_idx").using("gin", t.searchSimple),
    index("advocacy_action_search_english_idx").using("gin", t.searchEnglish),
    // Most searches are anonymous, and see public, live actions only (visibleActionsWhere): the same two
    // indexes over those alone (~15 % of the actions) answer them without reading the rest (issue 12).
    index("advocacy_action_public_search_simple_idx")
      .using("gin", t.searchSimple)
      .where(sql`${t.visibility} = 'public' and ${t.deletedAt} is null`),
    index("advocacy_action_public_search_english_idx")
      .using("gin", t.searchEnglish)
      .where(sql`${t.visibility} = 'public' and ${t.deletedAt} is null`),
    index().on(t.organizationId, t.date),
    index().on(t.visibility, t.date),
    index().on(t.createdById),
    index().on(t.date),
  ],
);

/** Co-authors (the creator is one too): they may edit the action and are told about its comments. */
export const advocacyActionAuthor = pgTable(
  "advocacy_action_author",
  {
    actionId: uuid()
      .notNull()
      .references(() => advocacyAction.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => user.id),
  },
  (t) => [primaryKey({ columns: [t.actionId, t.userId] }), index().on(t.userId)],
);

export const advocacyActionCountry = pgTable(
  "advocacy_action_country",
  {
    actionId: uuid()
      .notNull()
      .references(() => advocacyAction.id, { onDelete: "cascade" }),
    countryIso3: text()
      .notNull()
      .references(() => country.iso3),
  },
  (t) => [primaryKey({ columns: [t.actionId, t.countryIso3] }), index().on(t.countryIso3)],
);

/** The institution or person addressed, with a kind (TARGET_KINDS). */
export const advocacyActionTarget = pgTable(
  "advocacy_action_target",
  {
    id: uuid().primaryKey().defaultRandom(),
    actionId: uuid()
      .notNull()
      .references(() => advocacyAction.id, { onDelete: "cascade" }),
    kind: text().notNull(),
    name: text().notNull(),
    position: integer().notNull().default(0),
  },
  (t) => [index().on(t.actionId)],
);

export const advocacyActionMeasure = pgTable(
  "advocacy_action_measure",
  {
    actionId: uuid()
      .notNull()
      .references(() => advocacyAction.id, { onDelete: "cascade" }),
    measureId: uuid()
      .notNull()
      .references(() => measure.id),
  },
  (t) => [primaryKey({ columns: [t.actionId, t.measureId] }), index().on(t.measureId)],
);

export const advocacyActionUnit = pgTable(
  "advocacy_action_unit",
  {
    actionId: uuid()
      .notNull()
      .references(() => advocacyAction.id, { onDelete: "cascade" }),
    unitId: uuid()
      .notNull()
      .references(() => documentUnit.id),
  },
  (t) => [primaryKey({ columns: [t.actionId, t.unitId] }), index().on(t.unitId)],
);

/** The records an action led to (e.g. the commitment obtained). */
export const advocacyActionRecord = pgTable(
  "advocacy_action_record",
  {
    actionId: uuid()
      .notNull()
      .references(() => advocacyAction.id, { onDelete: "cascade" }),
    recordId: uuid()
      .notNull()
      .references(() => record.id),
  },
  (t) => [primaryKey({ columns: [t.actionId, t.recordId] }), index().on(t.recordId)],
);

/** A link or an uploaded file (same checks and storage as record evidence). */
export const advocacyActionAttachment = pgTable(
  "advocacy_action_attachment",
  {
    id: uuid().primaryKey().defaultRandom(),
    actionId: uuid()
      .notNull()
      .references(() => advocacyAction.id, { onDelete: "cascade" }),
    kind: text({ enum: ["url", "file"] }).notNull(),
    url: text(),
    uploadId: uuid().references(() => upload.id),
    label: text().notNull().default(""),
    position: integer().notNull(),
  },
  (t) => [index().on(t.actionId), index().on(t.uploadId)],
);
