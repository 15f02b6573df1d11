// The facts a citation of a document paragraph needs: the document's symbol, title, year and
// language, and the unit's current locator. Null for a deleted document or a retired unit.
import { and, eq, isNull } from "drizzle-orm";
import { db } from "~/db/client";
import { document, documentUnit } from "~/db/schema";

export async function getCitableUnit({ input }: { input: { slug: string; locator: string } }) {
  const [row] = await db
    .select({ document, locator: documentUnit.locator })
    .from(documentUnit)
    .innerJoin(document, eq(document.id, documentUnit.documentId))
    .where(and(eq(document.slug, input.slug), isNull(document.deletedAt), eq(documentUnit.locator, input.locator), isNull(documentUnit.retiredAt)));
  if (!row) return null;
  const d = row.document;
  return {
    document: { slug: d.slug, symbol: d.symbol, title: d.title, year: d.year, language: d.language },
    locator: row.locator,
  };
}
