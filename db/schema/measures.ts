// The measures catalogue: recommended measures, their citations to document units, and every
// revision of each measure (readable history and restore).
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { user } from "./accounts";
import { documentUnit } from "./documents";
import { localizedText } from "./localized-text-column";
import { ADDRESSEES } from "./measure-vocabulary";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export const measureAddresseeEnum = pgEnum("measure_actor", ADDRESSEES);

export const measurePreventionEnum = pgEnum("measure_prevention", ["upstream", "downstream"]);

export const measure = pgTable(
  "measure",
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull(),
    title: localizedText(),
    description: localizedText(),
    actor: measureAddresseeEnum().notNull(),
    /** 1, 2, 3, or null when the document ties it to no pillar. */
    pillar: smallint(),
    /** One of CATEGORIES (./measure-vocabulary.ts); text so a new category needs no migration. */
    category: text().notNull(),
    prevention: measurePreventionEnum(),
    key: boolean().notNull().default(false),
    /** sha256 of the seed entry last applied: unchanged means a re-seed has nothing to do. */
    seedHash: text(),
    version: integer().notNull().default(1),
    /** App-made tokens (Han bigrams + words) of the titles and descriptions in every language, see server/search/tokenize.ts. */
    searchTokens: text().notNull().default(""),
    searchSimple: tsvector().generatedAlwaysAs(sql`to_tsvector('simple'::regconfig, search_tokens)`),
    searchEnglish: tsvector().generatedAlwaysAs(
      sql`to_tsvector('english'::regconfig, coalesce(title ->> 'en', '') || ' ' || coalesce(description ->> 'en', ''))`,
    ),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp({ withTimezone: true }),
    /** Set when this measure was merged into another; its slug then redirects there. */
    mergedIntoId: uuid().references((): AnyPgColumn => measure.id),
  },
  (t) => [
    uniqueIndex("measure_live_slug_idx").on(t.slug).where(sql`${t.deletedAt} is null`),
    // Merged and deleted measures keep their slug so old links can redirect.
    index("measure_slug_idx").on(t.slug),
    index().on(t.actor),
    index().on(t.category),
    index("measure_search_simple_idx").using("gin", t.searchSimple),
    index("measure_search_english_idx").using("gin", t.searchEnglish),
  ],
);

/** A citation: the unit (by its identity, which survives re-imports), its locator then, the words quoted. */
export const measureSource = pgTable(
  "measure_source",
  {
    id: uuid().primaryKey().defaultRandom(),
    measureId: uuid()
      .notNull()
      .references(() => measure.id, { onDelete: "cascade" }),
    unitId: uuid()
      .notNull()
      .references(() => documentUnit.id),
    /** The locator when the source was added; the unit's current locator is authoritative. */
    locator: text().notNull(),
    quote: text().notNull(),
    /** Display order within the measure. */
    position: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex().on(t.measureId, t.unitId, t.quote), index().on(t.unitId)],
);

/**
 * A snapshot of a measure after each change (fields and sources), by a person or by "seed".
 * `version` is the measure's version the snapshot describes.
 */
export const measureRevision = pgTable(
  "measure_revision",
  {
    id: uuid().primaryKey().defaultRandom(),
    measureId: uuid()
      .notNull()
      .references(() => measure.id, { onDelete: "cascade" }),
    version: integer().notNull(),
    snapshot: jsonb().notNull(),
    /** What made the change: update, add-source, remove-source, merge, restore, delete, seed… */
    action: text().notNull(),
    actorId: uuid().references(() => user.id),
    /** "seed" for changes made by the catalogue seed; null for a person (see actorId). */
    actorLabel: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.measureId, t.createdAt)],
);
