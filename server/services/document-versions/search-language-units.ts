// Search over the language versions: the app's tokens ('simple', as for the originals: exact words and
// Chinese bigrams) plus each language's own stemming configuration — french, spanish, russian, arabic,
// english (all present on PostgreSQL 15 and PGlite; decision 029). One OR branch per language, each a
// constant configuration, so every branch can use the GIN index.
import { and, asc, count, desc, eq, ilike, isNull, or, type SQL, sql } from "drizzle-orm";
import { db } from "~/db/client";
import type { Locale } from "~/db/locales";
import { document, documentLanguageUnit, documentLanguageVersion } from "~/db/schema";
import type { SearchPlan } from "~/server/search/query";
import { escapeLike } from "~/server/search/tokenize";

/** The text-search configuration of each language; Chinese relies on the bigram tokens alone. */
export const SEARCH_CONFIG: Record<Exclude<Locale, "zh">, string> = {
  ar: "arabic",
  en: "english",
  fr: "french",
  ru: "russian",
  es: "spanish",
};

function languageMatch(plan: SearchPlan, query: string): { match: SQL; score: SQL<number> } {
  const t = documentLanguageUnit;
  if (plan.mode === "ilike") {
    return {
      match: ilike(t.text, `%${escapeLike(plan.literal)}%`),
      score: sql<number>`((length(${t.text}) - length(replace(lower(${t.text}), lower(${plan.literal}), '')))::float8 / 10)`,
    };
  }
  const simple = sql.join(
    plan.phrases.map((p) => sql`phraseto_tsquery('simple', ${p})`),
    sql` || `,
  );
  const parts: SQL[] = [sql`${t.searchSimple} @@ (${simple})`];
  const ranks: SQL[] = [sql`ts_rank(${t.searchSimple}, ${simple})`];
  for (const [locale, config] of Object.entries(SEARCH_CONFIG)) {
    // The configuration name is ours (a constant), the query a parameter.
    const q = sql`phraseto_tsquery(${sql.raw(`'${config}'`)}, ${query})`;
    parts.push(sql`(${t.locale} = ${locale} and ${t.searchLanguage} @@ ${q})`);
    ranks.push(sql`(case when ${t.locale} = ${locale} then ts_rank(${t.searchLanguage}, ${q}) else 0 end)`);
  }
  return { match: or(...parts)!, score: sql<number>`(${sql.join(ranks, sql` + `)})::float8` };
}

/** The first `limit` language-version units matching the plan, best first, and how many match in all. */
export async function searchLanguageUnits(plan: SearchPlan, query: string, documentSlug: string | undefined, limit: number) {
  const { match, score } = languageMatch(plan, query.normalize("NFKC").slice(0, 200));
  const where = and(
    match,
    isNull(documentLanguageVersion.deletedAt),
    isNull(document.deletedAt),
    documentSlug ? eq(document.slug, documentSlug) : undefined,
  );
  const from = () =>
    db
      .select({
        kind: documentLanguageUnit.kind,
        locator: documentLanguageUnit.locator,
        heading: documentLanguageUnit.heading,
        text: documentLanguageUnit.text,
        lang: documentLanguageUnit.locale,
        position: documentLanguageUnit.position,
        slug: document.slug,
        symbol: document.symbol,
        title: document.title,
        createdAt: document.createdAt,
        score,
      })
      .from(documentLanguageUnit)
      .innerJoin(documentLanguageVersion, eq(documentLanguageVersion.id, documentLanguageUnit.versionId))
      .innerJoin(document, eq(document.id, documentLanguageVersion.documentId));
  const [rows, [total]] = await Promise.all([
    limit > 0
      ? from()
          .where(where)
          .orderBy(desc(score), asc(document.createdAt), asc(documentLanguageUnit.locale), asc(documentLanguageUnit.position))
          .limit(limit)
      : Promise.resolve([]),
    db
      .select({ n: count() })
      .from(documentLanguageUnit)
      .innerJoin(documentLanguageVersion, eq(documentLanguageVersion.id, documentLanguageUnit.versionId))
      .innerJoin(document, eq(document.id, documentLanguageVersion.documentId))
      .where(where),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}
