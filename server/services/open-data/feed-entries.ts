// What an Atom feed lists: the newest published records and public advocacy actions, everywhere,
// for one country or for one measure. Published/public only — the visibility rule of actions is the
// same `actionsWhere(null, …)` the anonymous API uses.
import type { LocalizedText } from "~/db/localized-text";
import { and, desc, eq, exists, isNull, sql } from "drizzle-orm";
import { db } from "~/db/client";
import { advocacyAction, country, measure, record, recordMeasure } from "~/db/schema";
import { actionsWhere } from "~/server/services/advocacy/list-actions";
import { everyLocale, type TLocalizedName } from "~/server/domain/localized-name";

export const FEED_SIZE = 50;

export interface FeedScope {
  country?: string;
  measure?: string;
}

export interface FeedEntry {
  /** The record's or action's id: entry ids are `urn:uuid:{id}`, stable for ever. */
  id: string;
  kind: "record" | "action";
  type: string;
  title: LocalizedText;
  summary: LocalizedText;
  country: ({ iso3: string } & TLocalizedName) | null;
  date: string;
  published: Date;
  updated: Date;
}

async function publishedRecords(scope: FeedScope): Promise<FeedEntry[]> {
  const rows = await db
    .select({ record, countryName: country.name })
    .from(record)
    .leftJoin(country, eq(country.iso3, record.countryIso3))
    .where(
      and(
        eq(record.reviewStatus, "published"),
        isNull(record.deletedAt),
        scope.country ? eq(record.countryIso3, scope.country) : undefined,
        scope.measure
          ? exists(
              db
                .select({ one: sql`1` })
                .from(recordMeasure)
                .innerJoin(measure, eq(measure.id, recordMeasure.measureId))
                .where(and(eq(recordMeasure.recordId, record.id), eq(measure.slug, scope.measure))),
            )
          : undefined,
      ),
    )
    .orderBy(desc(sql`coalesce(${record.publishedAt}, ${record.updatedAt})`), desc(record.id))
    .limit(FEED_SIZE);
  return rows.map(({ record: r, countryName }) => ({
    id: r.id,
    kind: "record",
    type: r.type,
    title: r.title,
    summary: r.description,
    country: r.countryIso3 ? { iso3: r.countryIso3, ...everyLocale(countryName ?? { en: r.countryIso3 }) } : null,
    date: r.date,
    published: r.publishedAt ?? r.updatedAt,
    updated: r.updatedAt,
  }));
}

async function publicActions(scope: FeedScope): Promise<FeedEntry[]> {
  const rows = await db
    .select()
    .from(advocacyAction)
    .where(actionsWhere(null, { country: scope.country, measure: scope.measure }))
    .orderBy(desc(advocacyAction.createdAt), desc(advocacyAction.id))
    .limit(FEED_SIZE);
  return rows.map((a) => ({
    id: a.id,
    kind: "action",
    type: a.kind,
    // An action is written in one language: the same words in both.
    title: { zh: a.title, en: a.title },
    summary: { zh: a.summary, en: a.summary },
    country: null,
    date: a.date,
    published: a.createdAt,
    updated: a.updatedAt,
  }));
}

/** The newest entries of a scope, newest publication first. */
export async function listFeedEntries(scope: FeedScope): Promise<FeedEntry[]> {
  const [records, actions] = await Promise.all([publishedRecords(scope), publicActions(scope)]);
  return [...records, ...actions]
    .sort((a, b) => b.published.getTime() - a.published.getTime() || (a.id < b.id ? -1 : 1))
    .slice(0, FEED_SIZE);
}
