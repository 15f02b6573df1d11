// The library: every document with its unit counts, newest first after the vendored order.
import { asc, count, eq, isNull, sql } from "drizzle-orm";
import { db } from "~/db/client";
import { document, documentUnit } from "~/db/schema";
import type { TListDocumentsInput } from "./document-schemas";

export async function listDocuments({ input }: { input: TListDocumentsInput }) {
  const counts = db
    .select({
      documentId: documentUnit.documentId,
      paragraphs: sql<number>`count(*) filter (where ${documentUnit.kind} in ('paragraph', 'section', 'item', 'summary'))::int`.as("paragraphs"),
      subitems: sql<number>`count(*) filter (where ${documentUnit.kind} in ('subitem', 'annex-subitem'))::int`.as("subitems"),
      annex: sql<number>`count(*) filter (where ${documentUnit.kind} = 'annex')::int`.as("annex"),
      headings: sql<number>`count(*) filter (where ${documentUnit.kind} = 'heading')::int`.as("headings"),
      footnotes: sql<number>`count(*) filter (where ${documentUnit.kind} = 'footnote')::int`.as("footnotes"),
    })
    .from(documentUnit)
    .where(isNull(documentUnit.retiredAt))
    .groupBy(documentUnit.documentId)
    .as("counts");
  const where = isNull(document.deletedAt);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        slug: document.slug,
        symbol: document.symbol,
        title: document.title,
        year: document.year,
        language: document.language,
        paragraphs: sql<number>`coalesce(${counts.paragraphs}, 0)`,
        subitems: sql<number>`coalesce(${counts.subitems}, 0)`,
        annex: sql<number>`coalesce(${counts.annex}, 0)`,
        headings: sql<number>`coalesce(${counts.headings}, 0)`,
        footnotes: sql<number>`coalesce(${counts.footnotes}, 0)`,
      })
      .from(document)
      .leftJoin(counts, eq(counts.documentId, document.id))
      .where(where)
      .orderBy(asc(document.createdAt), asc(document.slug))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize),
    db.select({ n: count() }).from(document).where(where),
  ]);
  return {
    items: rows.map((r) => ({
      slug: r.slug,
      symbol: r.symbol,
      title: r.title,
      year: r.year,
      language: r.language,
      counts: {
        paragraphs: Number(r.paragraphs),
        subitems: Number(r.subitems),
        annex: Number(r.annex),
        headings: Number(r.headings),
        footnotes: Number(r.footnotes),
      },
    })),
    total: Number(total?.n ?? 0),
    page: input.page,
    pageSize: input.pageSize,
  };
}
