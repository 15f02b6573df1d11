// One unit or footnote by locator, with its footnotes, its citations and what cites it.
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { db } from "~/db/client";
import { documentUnit } from "~/db/schema";
import { notFound } from "~/server/errors";
import { findDocument } from "./get-document";
import { measuresCiting } from "./citing-measures";
import { citationsOf, citedByOf } from "./unit-links";

export async function getUnit({ input: { slug, locator } }: { input: { slug: string; locator: string } }) {
  const doc = await findDocument(slug);
  const [unit] = await db
    .select()
    .from(documentUnit)
    .where(
      and(eq(documentUnit.documentId, doc.id), eq(documentUnit.locator, locator), isNull(documentUnit.retiredAt)),
    );
  if (!unit) throw notFound("unit");
  const footnotes =
    unit.footnoteRefs.length === 0
      ? []
      : await db
          .select({ locator: documentUnit.locator, number: documentUnit.footnoteNumber, text: documentUnit.text })
          .from(documentUnit)
          .where(
            and(
              eq(documentUnit.documentId, doc.id),
              eq(documentUnit.kind, "footnote"),
              inArray(documentUnit.footnoteNumber, unit.footnoteRefs),
              isNull(documentUnit.retiredAt),
            ),
          )
          .orderBy(asc(documentUnit.position));
  const [citations, citedBy, measures] = await Promise.all([
    citationsOf([unit.id]),
    citedByOf([unit.id]),
    measuresCiting([unit.id]),
  ]);
  return {
    locator: unit.locator,
    kind: unit.kind,
    heading: unit.heading,
    text: unit.text,
    footnotes: footnotes.map((f) => ({ locator: f.locator, number: f.number ?? 0, text: f.text })),
    citations: (citations.get(unit.id) ?? []).map((c) => ({
      symbol: c.symbol,
      paragraphs: c.paragraphs,
      target: c.target,
    })),
    citedBy: citedBy.get(unit.id) ?? [],
    /** The catalogue's measures that cite this unit. */
    measures: measures.get(unit.id) ?? [],
  };
}
