// The redirects a re-import flagged for review, oldest first, with the retired paragraph, the proposed
// successor and what links hang on it. Staff only (the procedure checks `document.reviewRedirects`).
import { aliasedTable, and, asc, count, eq, inArray, isNull } from "drizzle-orm";
import type { Queryable } from "~/db/client";
import { db } from "~/db/client";
import { document, documentUnit, unitRedirect } from "~/db/schema";
import { documentTitle } from "./document-title";
import { countUnitLinks } from "./unit-links";
import type { TRedirectsToReviewInput, TRedirectToReview } from "./redirect-review.types";

const waiting = eq(unitRedirect.needsReview, true);
const liveDocument = isNull(document.deletedAt);

/** How many redirects wait for review (the dashboard's card). */
export async function countRedirectsToReview(q: Queryable = db): Promise<number> {
  const [row] = await q
    .select({ n: count() })
    .from(unitRedirect)
    .innerJoin(document, eq(document.id, unitRedirect.documentId))
    .where(and(waiting, liveDocument));
  return Number(row?.n ?? 0);
}

export async function redirectsToReview({ input }: { input: TRedirectsToReviewInput }, q: Queryable = db) {
  const oldUnit = aliasedTable(documentUnit, "old_unit");
  const rows = await q
    .select({ redirect: unitRedirect, document, old: oldUnit })
    .from(unitRedirect)
    .innerJoin(document, eq(document.id, unitRedirect.documentId))
    .innerJoin(oldUnit, eq(oldUnit.id, unitRedirect.fromUnitId))
    .where(and(waiting, liveDocument))
    .orderBy(asc(unitRedirect.createdAt), asc(document.slug), asc(oldUnit.position))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  const total = await countRedirectsToReview(q);
  const proposedIds = rows.map((r) => r.redirect.toUnitId).filter((id): id is string => id !== null);
  const proposed = proposedIds.length
    ? new Map((await q.select().from(documentUnit).where(inArray(documentUnit.id, proposedIds))).map((u) => [u.id, u]))
    : new Map<string, typeof documentUnit.$inferSelect>();
  const links = await countUnitLinks(q, rows.map((r) => r.redirect.fromUnitId));
  const unit = (u: typeof documentUnit.$inferSelect) => ({ id: u.id, locator: u.locator, heading: u.heading, text: u.text });
  const items: TRedirectToReview[] = rows.map(({ redirect, document: doc, old }) => {
    const next = redirect.toUnitId ? proposed.get(redirect.toUnitId) : undefined;
    return {
      fromUnitId: redirect.fromUnitId,
      document: { id: doc.id, slug: doc.slug, symbol: doc.symbol, title: documentTitle(doc), version: doc.version },
      documentVersion: redirect.documentVersion,
      similarity: redirect.similarity,
      createdAt: redirect.createdAt,
      old: unit(old),
      proposed: next ? unit(next) : null,
      links: links.get(redirect.fromUnitId) ?? { citations: 0, measureSources: 0, records: 0, actions: 0 },
    };
  });
  return { items, total, page: input.page, pageSize: input.pageSize };
}
