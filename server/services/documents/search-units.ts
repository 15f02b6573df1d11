// Full-text search over units and footnotes (measures and records join later): app-made tokens in a
// 'simple' tsvector for Chinese and exact words, an 'english' tsvector for stemming, ILIKE for one
// character. Ranked by ts_rank; ties fall back to reading order.
import { and, asc, count, desc, eq, ilike, isNull, or, type SQL, sql } from "drizzle-orm";
import { db } from "~/db/client";
import { document, documentUnit } from "~/db/schema";
import type { Locale } from "~/db/locales";
import { searchLanguageUnits } from "~/server/services/document-versions/search-language-units";
import { planSearch } from "~/server/search/query";
import { makeSnippet } from "~/server/search/snippet";
import { escapeLike } from "~/server/search/tokenize";
import type { TSearchInput } from "./document-schemas";

export function searchUnits(input: TSearchInput) {
  return searchUnitsRange(input, (input.page - 1) * input.pageSize, input.pageSize);
}

/** The same, from any offset: the combined search (server/services/search) pages across kinds. */
export async function searchUnitsRange(input: TSearchInput, offset: number, limit: number) {
  const plan = planSearch(input.q);
  const empty = { items: [], total: 0, page: input.page, pageSize: input.pageSize, mode: plan.mode };
  if (plan.mode === "none") return empty;

  let match: SQL;
  let score: SQL<number>;
  if (plan.mode === "ilike") {
    match = ilike(documentUnit.text, `%${escapeLike(plan.literal)}%`);
    // How often the character occurs: a simple, honest rank for a one-character query.
    score = sql<number>`((length(${documentUnit.text}) - length(replace(lower(${documentUnit.text}), lower(${plan.literal}), '')))::float8 / 10)`;
  } else {
    // Parameters only: phraseto_tsquery treats its argument as plain text, never as operators.
    const simple = sql.join(
      plan.phrases.map((p) => sql`phraseto_tsquery('simple', ${p})`),
      sql` || `,
    );
    const parts: SQL[] = [sql`${documentUnit.searchSimple} @@ (${simple})`];
    const ranks: SQL[] = [sql`ts_rank(${documentUnit.searchSimple}, ${simple})`];
    if (plan.english) {
      const english = sql`phraseto_tsquery('english', ${plan.english})`;
      parts.push(sql`${documentUnit.searchEnglish} @@ ${english}`);
      ranks.push(sql`ts_rank(${documentUnit.searchEnglish}, ${english})`);
    }
    match = or(...parts)!;
    score = sql<number>`(${sql.join(ranks, sql` + `)})::float8`;
  }
  const where = and(
    match,
    isNull(documentUnit.retiredAt),
    isNull(document.deletedAt),
    input.document ? eq(document.slug, input.document) : undefined,
  );
  // Language versions (decision 029) are searched apart and merged in rank order. Without a hit among
  // them — the usual case — the originals page in the database as before.
  const versions = await searchLanguageUnits(plan, input.q, input.document, offset + limit);
  const merging = versions.total > 0;
  const [originals, [total]] = await Promise.all([
    db
      .select({
        kind: documentUnit.kind,
        locator: documentUnit.locator,
        heading: documentUnit.heading,
        text: documentUnit.text,
        slug: document.slug,
        symbol: document.symbol,
        title: document.title,
        createdAt: document.createdAt,
        position: documentUnit.position,
        score,
      })
      .from(documentUnit)
      .innerJoin(document, eq(document.id, documentUnit.documentId))
      .where(where)
      .orderBy(desc(score), asc(document.createdAt), asc(documentUnit.position))
      .limit(merging ? offset + limit : limit)
      .offset(merging ? 0 : offset),
    db
      .select({ n: count() })
      .from(documentUnit)
      .innerJoin(document, eq(document.id, documentUnit.documentId))
      .where(where),
  ]);
  const rows = merging
    ? [...originals.map((r) => ({ ...r, lang: null as Locale | null })), ...versions.rows]
        .sort(
          (a, b) =>
            Number(b.score) - Number(a.score) ||
            a.createdAt.getTime() - b.createdAt.getTime() ||
            (a.lang ?? "").localeCompare(b.lang ?? "") ||
            a.position - b.position,
        )
        .slice(offset, offset + limit)
    : originals.map((r) => ({ ...r, lang: null as Locale | null }));
  return {
    items: rows.map((r) => {
      const snippet = makeSnippet(r.text, plan.highlight);
      return {
        type: r.kind === "footnote" ? ("footnote" as const) : r.kind === "heading" ? ("heading" as const) : ("paragraph" as const),
        slug: r.slug,
        locator: r.locator,
        heading: r.heading,
        snippet: snippet.text,
        highlights: snippet.matches,
        score: Math.round(Number(r.score) * 1e6) / 1e6,
        document: { symbol: r.symbol, title: r.title },
        /** The language version the hit is in; null for the original. */
        lang: r.lang,
      };
    }),
    total: Number(total?.n ?? 0) + versions.total,
    page: input.page,
    pageSize: input.pageSize,
    mode: plan.mode,
  };
}

export type SearchResults = Awaited<ReturnType<typeof searchUnitsRange>>;

/** The public API's shape (issue 3). */
export function publicSearchResults(r: SearchResults) {
  return {
    items: r.items.map((i) => ({
      type: i.type,
      slug: i.slug,
      locator: i.locator,
      heading: i.heading,
      snippet: i.snippet,
      score: i.score,
    })),
    total: r.total,
    page: r.page,
    pageSize: r.pageSize,
  };
}
