// Language versions of a reference document: the same report in another official language, parsed by the
// same parser and aligned with the original by locator (UN reports number paragraphs identically in all
// six languages). The original's own rows (document, document_unit) stay as they are (decision 029).
import { sql } from "drizzle-orm";
import { check, customType, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { Locale } from "../locales";
import { user } from "./accounts";
import { document, unitKindEnum } from "./documents";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

// A text column with a check rather than the `locale` enum: the enum gained its values in a migration
// that may run in the same transaction, and PostgreSQL forbids using new enum values there.
const localeCheck = (column: unknown) => sql`${column} in ('ar', 'zh', 'en', 'fr', 'ru', 'es')`;

export const documentLanguageVersion = pgTable(
  "document_language_version",
  {
    id: uuid().primaryKey().defaultRandom(),
    documentId: uuid()
      .notNull()
      .references(() => document.id, { onDelete: "cascade" }),
    locale: text().$type<Locale>().notNull(),
    /** The title as the version writes it. */
    title: text().notNull(),
    fileName: text().notNull(),
    /** sha256 of the extracted source text. */
    sourceHash: text().notNull(),
    characters: integer().notNull(),
    uploadedById: uuid().references(() => user.id),
    uploadedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp({ withTimezone: true }),
    /** Bumped by every replacement: a replace names the version it saw. */
    version: integer().notNull().default(1),
  },
  (t) => [
    check("document_language_version_locale_check", localeCheck(t.locale)),
    uniqueIndex().on(t.documentId, t.locale).where(sql`${t.deletedAt} is null`),
  ],
);

/**
 * Full-text configuration per language (all exist on PostgreSQL 15 and on PGlite). Chinese has none:
 * its search runs on the app-made bigrams in `search_simple`, as for the originals.
 */
const languageConfig = sql.raw(
  `(case locale when 'en' then 'english'::regconfig when 'fr' then 'french'::regconfig ` +
    `when 'es' then 'spanish'::regconfig when 'ru' then 'russian'::regconfig when 'ar' then 'arabic'::regconfig ` +
    `else 'simple'::regconfig end)`,
);

/** One unit of a language version, under the locator of the original's unit it translates. */
export const documentLanguageUnit = pgTable(
  "document_language_unit",
  {
    id: uuid().primaryKey().defaultRandom(),
    versionId: uuid()
      .notNull()
      .references(() => documentLanguageVersion.id, { onDelete: "cascade" }),
    /** The version's language again, so the search configuration can be a generated column. */
    locale: text().$type<Locale>().notNull(),
    locator: text().notNull(),
    kind: unitKindEnum().notNull(),
    heading: text().notNull().default(""),
    text: text().notNull(),
    /** Reading order within the version; footnotes come after the body. */
    position: integer().notNull(),
    footnoteNumber: integer(),
    /** App-made tokens (Han bigrams + words), see server/search/tokenize.ts. */
    searchTokens: text().notNull().default(""),
    searchSimple: tsvector().generatedAlwaysAs(sql`to_tsvector('simple'::regconfig, search_tokens)`),
    searchLanguage: tsvector().generatedAlwaysAs(sql`to_tsvector(${languageConfig}, text)`),
  },
  (t) => [
    check("document_language_unit_locale_check", localeCheck(t.locale)),
    uniqueIndex().on(t.versionId, t.locator),
    index().on(t.versionId, t.position),
    index("document_language_unit_search_simple_idx").using("gin", t.searchSimple),
    index("document_language_unit_search_language_idx").using("gin", t.searchLanguage),
  ],
);
