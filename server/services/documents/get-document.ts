// One document for the reader and the public API: its units, footnotes, citations and cited-by.
import { and, asc, eq, isNull } from "drizzle-orm";
import { db } from "~/db/client";
import { document, documentUnit } from "~/db/schema";
import { notFound } from "~/server/errors";
import { measuresCiting } from "./citing-measures";
import { citationsOf, citedByOf } from "./unit-links";

export async function findDocument(slug: string) {
  const [doc] = await db
    .select()
    .from(document)
    .where(and(eq(document.slug, slug), isNull(document.deletedAt)));
  if (!doc) throw notFound("document");
  return doc;
}

export async function getDocument({ input: { slug } }: { input: { slug: string } }) {
  const doc = await findDocument(slug);
  const rows = await db
    .select({
      id: documentUnit.id,
      locator: documentUnit.locator,
      kind: documentUnit.kind,
      heading: documentUnit.heading,
      text: documentUnit.text,
      footnoteNumber: documentUnit.footnoteNumber,
      footnoteRefs: documentUnit.footnoteRefs,
    })
    .from(documentUnit)
    .where(and(eq(documentUnit.documentId, doc.id), isNull(documentUnit.retiredAt)))
    .orderBy(asc(documentUnit.position));
  const ids = rows.map((r) => r.id);
  const [citations, citedBy, measures] = await Promise.all([citationsOf(ids), citedByOf(ids), measuresCiting(ids)]);
  const withLinks = (r: (typeof rows)[number]) => ({
    citations: citations.get(r.id) ?? [],
    citedBy: citedBy.get(r.id) ?? [],
    measures: measures.get(r.id) ?? [],
  });
  return {
    slug: doc.slug,
    symbol: doc.symbol,
    title: doc.title,
    year: doc.year,
    language: doc.language,
    kind: doc.kind,
    version: doc.version,
    units: rows
      .filter((r) => r.kind !== "footnote")
      .map((r) => ({
        id: r.id,
        locator: r.locator,
        kind: r.kind,
        heading: r.heading,
        text: r.text,
        footnoteRefs: r.footnoteRefs,
        ...withLinks(r),
      })),
    footnotes: rows
      .filter((r) => r.kind === "footnote")
      .map((r) => ({ id: r.id, locator: r.locator, number: r.footnoteNumber ?? 0, text: r.text, ...withLinks(r) })),
  };
}

export type DocumentDetail = Awaited<ReturnType<typeof getDocument>>;

