// The reference layer: documents parsed into addressable units (headings, paragraphs, sub-items,
// footnotes), the citations they make, and where a unit went when a new version replaced it.
import { sql } from "drizzle-orm";
import {
  boolean,
  customType,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { user } from "./accounts";
import { localizedText } from "./localized-text-column";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export const documentKindEnum = pgEnum("document_kind", ["un-report", "toolkit"]);

export const unitKindEnum = pgEnum("unit_kind", [
  "heading",
  "summary",
  "paragraph",
  "subitem",
  "annex",
  "annex-subitem",
  "section",
  "item",
  "footnote",
]);

export const document = pgTable(
  "document",
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull(),
    symbol: text(),
    title: localizedText(),
    year: integer().notNull(),
    language: text().notNull(),
    kind: documentKindEnum().notNull(),
    /** sha256 of the source text as vendored or uploaded. */
    sourceHash: text().notNull(),
    /** sha256 of what the parser made of it: unchanged means a re-seed has nothing to do. */
    contentHash: text().notNull(),
    /** Bumped by every import that changed the units. */
    version: integer().notNull().default(1),
    createdById: uuid().references(() => user.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex().on(t.slug), index().on(t.symbol)],
);

/**
 * One addressable piece of a document. `id` is the identity that links hold; it survives re-imports
 * where the text is unchanged or nearly so. Units a new version dropped stay as `retired_at` rows so
 * nothing pointing at them dangles; `unit_redirect` says where they went.
 */
export const documentUnit = pgTable(
  "document_unit",
  {
    id: uuid().primaryKey().defaultRandom(),
    documentId: uuid()
      .notNull()
      .references(() => document.id, { onDelete: "cascade" }),
    locator: text().notNull(),
    kind: unitKindEnum().notNull(),
    heading: text().notNull().default(""),
    text: text().notNull(),
    /** Reading order within the document; footnotes come after the body. */
    position: integer().notNull(),
    /** Footnote number, for kind = footnote. */
    footnoteNumber: integer(),
    /** Footnotes this unit's text refers to, in order of appearance. */
    footnoteRefs: integer().array().notNull().default(sql`'{}'::integer[]`),
    /** App-made tokens (Han bigrams + words), see server/search/tokenize.ts. */
    searchTokens: text().notNull().default(""),
    searchSimple: tsvector().generatedAlwaysAs(sql`to_tsvector('simple'::regconfig, search_tokens)`),
    searchEnglish: tsvector().generatedAlwaysAs(sql`to_tsvector('english'::regconfig, text)`),
    retiredAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex().on(t.documentId, t.locator).where(sql`${t.retiredAt} is null`),
    index().on(t.documentId, t.position),
    index("document_unit_search_simple_idx").using("gin", t.searchSimple),
    index("document_unit_search_english_idx").using("gin", t.searchEnglish),
  ],
);

/** Where a retired unit's links went: its closest successor, or nowhere and flagged for review. */
export const unitRedirect = pgTable(
  "unit_redirect",
  {
    fromUnitId: uuid()
      .primaryKey()
      .references(() => documentUnit.id, { onDelete: "cascade" }),
    toUnitId: uuid().references(() => documentUnit.id, { onDelete: "cascade" }),
    documentId: uuid()
      .notNull()
      .references(() => document.id, { onDelete: "cascade" }),
    /** Text similarity of the successor (0–1); null when there is none. */
    similarity: real(),
    needsReview: boolean().notNull(),
    /** The document version that retired the unit. */
    documentVersion: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.documentId, t.needsReview), index().on(t.toUnitId)],
);

/** A reference a unit makes to a UN document ("A/63/677，第 17、27 段"). Rebuilt with its document. */
export const citation = pgTable(
  "citation",
  {
    id: uuid().primaryKey().defaultRandom(),
    sourceUnitId: uuid()
      .notNull()
      .references(() => documentUnit.id, { onDelete: "cascade" }),
    /** Order within the source unit. */
    position: integer().notNull(),
    symbol: text().notNull(),
    /** The words matched in the source text, for rendering the link in place. */
    raw: text().notNull(),
    paragraphs: text().array().notNull().default(sql`'{}'::text[]`),
    /** The library document the symbol names, when we have it. */
    targetDocumentId: uuid().references(() => document.id, { onDelete: "set null" }),
  },
  (t) => [index().on(t.sourceUnitId), index().on(t.targetDocumentId), index().on(t.symbol)],
);

/** The cited units themselves: a link by unit identity, kept across re-imports of the target. */
export const citationTarget = pgTable(
  "citation_target",
  {
    citationId: uuid()
      .notNull()
      .references(() => citation.id, { onDelete: "cascade" }),
    unitId: uuid()
      .notNull()
      .references(() => documentUnit.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.citationId, t.unitId] }), index().on(t.unitId)],
);
