// Where a locator lives now. A link made before a re-import may name a paragraph that was retired;
// its redirect (see import-document.ts) points to the closest successor, possibly through several
// re-imports. The public API follows it instead of answering 404.
import { and, desc, eq, isNotNull, isNull } from "drizzle-orm";
import { db } from "~/db/client";
import { documentUnit, unitRedirect } from "~/db/schema";
import { findDocument } from "./get-document";

const MAX_HOPS = 10;

/** The locator itself when live; its successor's locator when it was redirected; null otherwise. */
export async function currentLocator({ input: { slug, locator } }: { input: { slug: string; locator: string } }): Promise<string | null> {
  const doc = await findDocument(slug);
  const [live] = await db
    .select({ id: documentUnit.id })
    .from(documentUnit)
    .where(and(eq(documentUnit.documentId, doc.id), eq(documentUnit.locator, locator), isNull(documentUnit.retiredAt)));
  if (live) return locator;
  // The most recently retired unit that carried this locator.
  const [retired] = await db
    .select({ id: documentUnit.id })
    .from(documentUnit)
    .where(and(eq(documentUnit.documentId, doc.id), eq(documentUnit.locator, locator), isNotNull(documentUnit.retiredAt)))
    .orderBy(desc(documentUnit.retiredAt))
    .limit(1);
  let unitId = retired?.id;
  for (let hop = 0; unitId && hop < MAX_HOPS; hop++) {
    const [next] = await db
      .select({ id: documentUnit.id, locator: documentUnit.locator, retiredAt: documentUnit.retiredAt })
      .from(unitRedirect)
      .innerJoin(documentUnit, eq(documentUnit.id, unitRedirect.toUnitId))
      .where(eq(unitRedirect.fromUnitId, unitId));
    if (!next) return null;
    if (!next.retiredAt) return next.locator;
    unitId = next.id;
  }
  return null;
}
