// A substring match over a localized-text column: true when the text in any language contains the
// pattern. Used where search falls back to ILIKE (short or punctuation-only queries).
import { type AnyColumn, type SQL, sql } from "drizzle-orm";

export function localizedIlike(column: AnyColumn | SQL, pattern: string): SQL {
  return sql`exists (select 1 from jsonb_each_text(${column}) as t(lang, value) where t.value ilike ${pattern})`;
}

/** One text to sort a localized column by, whatever languages each row has: English, Chinese, then the rest. */
export function sortableName(column: AnyColumn | SQL): SQL<string> {
  return sql<string>`coalesce(${column} ->> 'en', ${column} ->> 'zh', ${column} ->> 'fr', ${column} ->> 'es', ${column} ->> 'ru', ${column} ->> 'ar', '')`;
}
