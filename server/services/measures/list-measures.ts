// The catalogue, filtered: actor, pillar, category, prevention, key, cited document, and text through
// the same search index as the documents (app-made bigram tokens in a 'simple' tsvector).
import { and, asc, count, desc, eq, exists, isNotNull, isNull, or, type SQL, sql } from "drizzle-orm";
import { db } from "~/db/client";
import { document, documentUnit, measure, measureSource } from "~/db/schema";
import { can } from "~/server/auth/policy";
import { planSearch } from "~/server/search/query";
import { localizedIlike } from "~/server/search/localized-match";
import { escapeLike } from "~/server/search/tokenize";
import type { ServiceContext } from "~/server/services/context";
import type { TListMeasuresInput } from "./measure-schemas";
import { measureListColumns, measureSummary, sourcesOf } from "./measure-rows";

/** The text condition and its rank, or null when the query has nothing searchable. */
export function measureTextMatch(q: string): { match: SQL; score: SQL<number> } | null {
  const plan = planSearch(q);
  if (plan.mode === "none") return null;
  if (plan.mode === "ilike") {
    const like = `%${escapeLike(plan.literal)}%`;
    return { match: or(localizedIlike(measure.title, like), localizedIlike(measure.description, like))!, score: sql<number>`1::float8` };
  }
  const simple = sql.join(plan.phrases.map((p) => sql`phraseto_tsquery('simple', ${p})`), sql` || `);
  const parts: SQL[] = [sql`${measure.searchSimple} @@ (${simple})`];
  const ranks: SQL[] = [sql`ts_rank(${measure.searchSimple}, ${simple})`];
  if (plan.english) {
    const english = sql`phraseto_tsquery('english', ${plan.english})`;
    parts.push(sql`${measure.searchEnglish} @@ ${english}`);
    ranks.push(sql`ts_rank(${measure.searchEnglish}, ${english})`);
  }
  return { match: or(...parts)!, score: sql<number>`(${sql.join(ranks, sql` + `)})::float8` };
}

/** Measures with at least one source in the document. */
export function citesDocument(slug: string): SQL {
  return exists(
    db
      .select({ one: sql`1` })
      .from(measureSource)
      .innerJoin(documentUnit, eq(documentUnit.id, measureSource.unitId))
      .innerJoin(document, eq(document.id, documentUnit.documentId))
      .where(and(eq(measureSource.measureId, measure.id), eq(document.slug, slug))),
  );
}

export async function listMeasures({ ctx, input }: { ctx: ServiceContext; input: TListMeasuresInput }) {
  const text = input.q ? measureTextMatch(input.q) : null;
  const empty = { items: [], total: 0, page: input.page, pageSize: input.pageSize };
  if (input.q && !text) return empty;
  // Deleted measures are the staff's to see (and restore); everyone else gets the live catalogue.
  const showDeleted = input.deleted === true && can(ctx.viewer, "measure.delete");
  const where = and(
    showDeleted ? and(isNotNull(measure.deletedAt), isNull(measure.mergedIntoId)) : isNull(measure.deletedAt),
    input.actor ? eq(measure.actor, input.actor) : undefined,
    input.pillar === "none" ? isNull(measure.pillar) : input.pillar ? eq(measure.pillar, Number(input.pillar)) : undefined,
    input.category ? eq(measure.category, input.category) : undefined,
    input.prevention === "none"
      ? isNull(measure.prevention)
      : input.prevention
        ? eq(measure.prevention, input.prevention)
        : undefined,
    input.key !== undefined ? eq(measure.key, input.key) : undefined,
    input.document ? citesDocument(input.document) : undefined,
    text?.match,
  );
  const order = text
    ? [desc(text.score), asc(measure.slug)]
    : [asc(measure.actor), sql`${measure.pillar} asc nulls last`, asc(measure.category), asc(measure.slug)];
  const [rows, [total]] = await Promise.all([
    db
      .select(measureListColumns)
      .from(measure)
      .where(where)
      .orderBy(...order)
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize),
    db.select({ n: count() }).from(measure).where(where),
  ]);
  const sources = await sourcesOf(rows.map((r) => r.id));
  return {
    items: rows.map((r) => ({ ...measureSummary(r, sources.get(r.id) ?? []), deleted: r.deletedAt !== null })),
    total: Number(total?.n ?? 0),
    page: input.page,
    pageSize: input.pageSize,
  };
}

export type MeasureList = Awaited<ReturnType<typeof listMeasures>>;

