// The units of one document, for the add-source picker: locator, heading and a short start of the text.
import { and, asc, eq, isNull, ne } from "drizzle-orm";
import { db } from "~/db/client";
import { document, documentUnit } from "~/db/schema";

export async function pickableUnits({ input: { document: slug } }: { input: { document: string } }) {
  const rows = await db
    .select({ locator: documentUnit.locator, kind: documentUnit.kind, heading: documentUnit.heading, text: documentUnit.text })
    .from(documentUnit)
    .innerJoin(document, eq(document.id, documentUnit.documentId))
    .where(and(eq(document.slug, slug), isNull(document.deletedAt), isNull(documentUnit.retiredAt), ne(documentUnit.kind, "heading")))
    .orderBy(asc(documentUnit.position));
  return rows;
}
