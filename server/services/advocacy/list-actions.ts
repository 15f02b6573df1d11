// Lists of actions for the list page, the export and the public API. What a person may see is the
// visibility rule (action-visibility.ts) in the where clause; the filters only narrow it.
import { and, asc, count, desc, eq, exists, gte, ilike, lte, or, type SQL, sql } from "drizzle-orm";
import { db } from "~/db/client";
import {
  advocacyAction,
  advocacyActionAuthor,
  advocacyActionCountry,
  advocacyActionMeasure,
  measure,
  organization,
} from "~/db/schema";
import type { Viewer } from "~/server/auth/policy";
import { planSearch } from "~/server/search/query";
import { escapeLike } from "~/server/search/tokenize";
import { type TActionFilters, type TListActionsInput, ZListActionsInputSchema } from "./action-schemas";
import { visibleActionsWhere } from "./action-visibility";

/** Full-text match on the action's tokens (Chinese bigrams) and English stems, like measures. */
export function actionTextMatch(q: string): { match: SQL; score: SQL<number> } | null {
  const plan = planSearch(q);
  if (plan.mode === "none") return null;
  if (plan.mode === "ilike") {
    const like = `%${escapeLike(plan.literal)}%`;
    return {
      match: or(
        ilike(advocacyAction.title, like),
        ilike(advocacyAction.summary, like),
        ilike(advocacyAction.outcome, like),
      )!,
      score: sql<number>`1::float8`,
    };
  }
  const simple = sql.join(
    plan.phrases.map((p) => sql`phraseto_tsquery('simple', ${p})`),
    sql` || `,
  );
  const parts: SQL[] = [sql`${advocacyAction.searchSimple} @@ (${simple})`];
  const ranks: SQL[] = [sql`ts_rank(${advocacyAction.searchSimple}, ${simple})`];
  if (plan.english) {
    const english = sql`phraseto_tsquery('english', ${plan.english})`;
    parts.push(sql`${advocacyAction.searchEnglish} @@ ${english}`);
    ranks.push(sql`ts_rank(${advocacyAction.searchEnglish}, ${english})`);
  }
  return { match: or(...parts)!, score: sql<number>`(${sql.join(ranks, sql` + `)})::float8` };
}

export function actionsWhere(viewer: Viewer | null, f: Partial<TActionFilters>): SQL {
  const text = f.q ? actionTextMatch(f.q) : null;
  return and(
    visibleActionsWhere(viewer),
    f.q ? (text?.match ?? sql`false`) : undefined,
    f.kind ? eq(advocacyAction.kind, f.kind) : undefined,
    f.organizationId ? eq(advocacyAction.organizationId, f.organizationId) : undefined,
    f.outcomeKind ? eq(advocacyAction.outcomeKind, f.outcomeKind) : undefined,
    f.visibility ? eq(advocacyAction.visibility, f.visibility) : undefined,
    f.from ? gte(advocacyAction.date, f.from) : undefined,
    f.to ? lte(advocacyAction.date, f.to) : undefined,
    f.country
      ? exists(
          db
            .select({ one: sql`1` })
            .from(advocacyActionCountry)
            .where(
              and(
                eq(advocacyActionCountry.actionId, advocacyAction.id),
                eq(advocacyActionCountry.countryIso3, f.country),
              ),
            ),
        )
      : undefined,
    f.measure
      ? exists(
          db
            .select({ one: sql`1` })
            .from(advocacyActionMeasure)
            .innerJoin(measure, eq(measure.id, advocacyActionMeasure.measureId))
            .where(and(eq(advocacyActionMeasure.actionId, advocacyAction.id), eq(measure.slug, f.measure))),
        )
      : undefined,
    // "Mine" for a caller with no identity is the empty set: nothing matches, rather than an id of ""
    // reaching a uuid column (a 500) or the filter being dropped (public actions shown as theirs).
    f.mine && !viewer ? sql`false` : undefined,
    f.mine && viewer
      ? exists(
          db
            .select({ one: sql`1` })
            .from(advocacyActionAuthor)
            .where(
              and(
                eq(advocacyActionAuthor.actionId, advocacyAction.id),
                eq(advocacyActionAuthor.userId, viewer.id),
              ),
            ),
        )
      : undefined,
  )!;
}

const countriesOf = sql<
  string[]
>`coalesce((select array_agg(${advocacyActionCountry.countryIso3} order by ${advocacyActionCountry.countryIso3}) from ${advocacyActionCountry} where ${advocacyActionCountry.actionId} = ${advocacyAction.id}), '{}')`;

export async function listActions({ ctx: { viewer }, input: raw }: { ctx: { viewer: Viewer | null }; input: Partial<TListActionsInput> }) {
  const input = ZListActionsInputSchema.parse(raw);
  const where = actionsWhere(viewer, input);
  const [items, [total]] = await Promise.all([
    db
      .select({
        id: advocacyAction.id,
        kind: advocacyAction.kind,
        date: advocacyAction.date,
        title: advocacyAction.title,
        summary: advocacyAction.summary,
        outcomeKind: advocacyAction.outcomeKind,
        visibility: advocacyAction.visibility,
        organizationId: advocacyAction.organizationId,
        organizationName: organization.name,
        isSample: advocacyAction.isSample,
        countries: countriesOf,
      })
      .from(advocacyAction)
      .innerJoin(organization, eq(organization.id, advocacyAction.organizationId))
      .where(where)
      .orderBy(desc(advocacyAction.date), desc(advocacyAction.createdAt), asc(advocacyAction.id))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize),
    db.select({ n: count() }).from(advocacyAction).where(where),
  ]);
  return { items, total: Number(total?.n ?? 0), page: input.page, pageSize: input.pageSize };
}
