// SQL over the reference tables' jsonb name maps (decision 030): one language for sorting, any language
// for searching.
import { sql, type AnyColumn, type SQL } from "drizzle-orm";
import { isLocale, type Locale } from "~/db/locales";

/** The text in one language (`col->>'en'`), e.g. to sort by; null where the map has none. */
// The language is written into the statement, not bound: the same expression must be recognisable in
// a SELECT DISTINCT list and its ORDER BY, and a locale is one of six fixed codes (checked here).
export function jsonText(column: AnyColumn, locale: Locale): SQL<string | null> {
  if (!isLocale(locale)) throw new Error(`not a locale: ${String(locale)}`);
  return sql<string | null>`(${column} ->> ${sql.raw(`'${locale}'`)})`;
}

/** True when the name in any language matches an ILIKE pattern (the caller escapes it). */
export function nameMatches(column: AnyColumn, pattern: string): SQL {
  return sql`exists (select 1 from jsonb_each_text(${column}) as n(lang, text) where n.text ilike ${pattern})`;
}
