// The picker of the redirect review: live paragraphs of the redirect's own document, found by locator
// or by words of their text. Only this document's units are offered, as decide-redirect requires.
import { and, asc, count, eq, isNull, or, sql } from "drizzle-orm";
import type { Queryable } from "~/db/client";
import { db } from "~/db/client";
import { documentUnit, unitRedirect } from "~/db/schema";

import type { TRedirectCandidatesInput } from "./redirect-review.types";

const PAGE_SIZE = 20;

/** `%`, `_` and `\` are wildcards in LIKE: a search for them means the characters themselves. */
const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function redirectCandidates({ input }: { input: TRedirectCandidatesInput }, q: Queryable = db) {
  const [redirect] = await q.select({ documentId: unitRedirect.documentId }).from(unitRedirect).where(eq(unitRedirect.fromUnitId, input.fromUnitId));
  if (!redirect) return { items: [], total: 0, page: input.page, pageSize: PAGE_SIZE };
  const where = and(
    eq(documentUnit.documentId, redirect.documentId),
    isNull(documentUnit.retiredAt),
    input.q
      ? or(eq(documentUnit.locator, input.q), sql`${documentUnit.text} ilike ${likePattern(input.q)}`, sql`${documentUnit.heading} ilike ${likePattern(input.q)}`)
      : undefined,
  );
  const [items, [total]] = await Promise.all([
    q
      .select({ id: documentUnit.id, locator: documentUnit.locator, heading: documentUnit.heading, text: documentUnit.text })
      .from(documentUnit)
      .where(where)
      .orderBy(asc(documentUnit.position))
      .limit(PAGE_SIZE)
      .offset((input.page - 1) * PAGE_SIZE),
    q.select({ n: count() }).from(documentUnit).where(where),
  ]);
  return { items, total: Number(total?.n ?? 0), page: input.page, pageSize: PAGE_SIZE };
}
