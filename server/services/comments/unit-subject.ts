// A document unit as a discussion subject: found by the reader's address (document slug + locator).
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { db } from "~/db/client";
import { document, documentUnit } from "~/db/schema";
import { notFound } from "~/server/errors";

export const ZUnitSubjectInputSchema = z.object({ slug: z.string().trim().min(1).max(200), locator: z.string().trim().min(1).max(100) });

export async function findUnitSubject({ input }: { input: z.infer<typeof ZUnitSubjectInputSchema> }) {
  const [row] = await db
    .select({
      id: documentUnit.id,
      locator: documentUnit.locator,
      text: documentUnit.text,
      slug: document.slug,
      symbol: document.symbol,
      title: document.title,
    })
    .from(documentUnit)
    .innerJoin(document, eq(document.id, documentUnit.documentId))
    .where(and(eq(document.slug, input.slug), eq(documentUnit.locator, input.locator), isNull(documentUnit.retiredAt), isNull(document.deletedAt)));
  if (!row) throw notFound("unit");
  return row;
}
