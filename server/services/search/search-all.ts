// The one search box: measures, advocacy actions and document units in one ranked, paged list.
// Measures come first — each is the catalogue's summary of the paragraphs that follow it — then the
// actions the person may see (anonymous: public ones only), then units by rank.
import { allText } from "~/db/localized-text-ops";
import { and, asc, count, desc, eq, exists, isNull, sql } from "drizzle-orm";
import { db } from "~/db/client";
import { advocacyAction, advocacyActionUnit, document, documentUnit, measure } from "~/db/schema";
import type { Viewer } from "~/server/auth/policy";
import { visibleActionsWhere } from "~/server/services/advocacy/action-visibility";
import { actionTextMatch } from "~/server/services/advocacy/list-actions";
import { planSearch } from "~/server/search/query";
import { makeSnippet } from "~/server/search/snippet";
import type { TSearchInput } from "~/server/services/documents/document-schemas";
import { searchUnitsRange } from "~/server/services/documents/search-units";
import { citesDocument, measureTextMatch } from "~/server/services/measures/list-measures";

async function searchMeasures(input: TSearchInput, offset: number, limit: number) {
  const text = measureTextMatch(input.q);
  if (!text) return { rows: [], total: 0 };
  const where = and(isNull(measure.deletedAt), text.match, input.document ? citesDocument(input.document) : undefined);
  const [rows, [total]] = await Promise.all([
    limit > 0
      ? db
          .select({
            slug: measure.slug,
            title: measure.title,
            description: measure.description,
            category: measure.category,
            score: text.score,
          })
          .from(measure)
          .where(where)
          .orderBy(desc(text.score), asc(measure.slug))
          .limit(limit)
          .offset(offset)
      : Promise.resolve([]),
    db.select({ n: count() }).from(measure).where(where),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}

/** Actions citing a unit of the document, when the search is narrowed to one. */
const actionCitesDocument = (slug: string) =>
  exists(
    db
      .select({ one: sql`1` })
      .from(advocacyActionUnit)
      .innerJoin(documentUnit, eq(documentUnit.id, advocacyActionUnit.unitId))
      .innerJoin(document, eq(document.id, documentUnit.documentId))
      .where(and(eq(advocacyActionUnit.actionId, advocacyAction.id), eq(document.slug, slug))),
  );

async function searchActions(viewer: Viewer | null, input: TSearchInput, offset: number, limit: number) {
  const text = actionTextMatch(input.q);
  if (!text) return { rows: [], total: 0 };
  const where = and(visibleActionsWhere(viewer), text.match, input.document ? actionCitesDocument(input.document) : undefined);
  const [rows, [total]] = await Promise.all([
    limit > 0
      ? db
          .select({
            id: advocacyAction.id,
            title: advocacyAction.title,
            summary: advocacyAction.summary,
            outcome: advocacyAction.outcome,
            kind: advocacyAction.kind,
            date: advocacyAction.date,
            score: text.score,
          })
          .from(advocacyAction)
          .where(where)
          .orderBy(desc(text.score), desc(advocacyAction.date), asc(advocacyAction.id))
          .limit(limit)
          .offset(offset)
      : Promise.resolve([]),
    db.select({ n: count() }).from(advocacyAction).where(where),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}

export async function searchAll({ ctx: { viewer = null } = {}, input }: { ctx?: { viewer?: Viewer | null }; input: TSearchInput }) {
  const plan = planSearch(input.q);
  const start = (input.page - 1) * input.pageSize;
  const measures = await searchMeasures(input, start, input.pageSize);
  const actionOffset = Math.max(0, start - measures.total);
  const actions = await searchActions(viewer, input, actionOffset, input.pageSize - measures.rows.length);
  const unitOffset = Math.max(0, start - measures.total - actions.total);
  const unitLimit = input.pageSize - measures.rows.length - actions.rows.length;
  const units = await searchUnitsRange(input, unitOffset, unitLimit);
  const measureItems = measures.rows.map((m) => {
    const snippet = makeSnippet(allText(m.title, m.description), plan.highlight);
    return {
      type: "measure" as const,
      slug: m.slug,
      locator: null,
      heading: m.category,
      snippet: snippet.text,
      highlights: snippet.matches,
      score: Math.round(Number(m.score) * 1e6) / 1e6,
      title: m.title,
      document: null,
    };
  });
  const actionItems = actions.rows.map((a) => {
    const snippet = makeSnippet(`${a.title} ${a.summary} ${a.outcome}`, plan.highlight);
    return {
      type: "action" as const,
      slug: a.id,
      locator: null,
      heading: a.kind,
      snippet: snippet.text,
      highlights: snippet.matches,
      score: Math.round(Number(a.score) * 1e6) / 1e6,
      title: { zh: a.title, en: a.title },
      document: null,
      date: a.date,
    };
  });
  const unitItems = units.items.map((u) => ({ ...u, title: null }));
  return {
    items: [...measureItems, ...actionItems, ...unitItems],
    total: measures.total + actions.total + units.total,
    page: input.page,
    pageSize: input.pageSize,
    mode: plan.mode,
  };
}

export type SearchAllResults = Awaited<ReturnType<typeof searchAll>>;

/** The public API's shape: issue 3's hit; a measure (type "measure") has no locator and its zh title as
 *  heading; a public advocacy action (type "action") has its id as slug and its title as heading. */
