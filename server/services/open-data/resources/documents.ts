// The reference library: documents and their addressable units (headings, paragraphs, sub-items,
// footnotes) as the reader shows them — current units only, retired ones stay out.
import { and, asc, eq, isNull } from "drizzle-orm";
import { db } from "~/db/client";
import { document, documentUnit } from "~/db/schema";
import { localizedCells, localizedFields } from "../localized-columns";
import { tableSchema, type DatasetResource } from "../resource";

export const documentsResource: DatasetResource = {
  name: "documents",
  title: "Source documents",
  description: "The documents of the reference library.",
  schema: tableSchema(
    [
      { name: "slug", type: "string", description: "Stable identifier", constraints: { required: true, unique: true } },
      { name: "symbol", type: "string", description: "UN document symbol (e.g. A/63/677)" },
      ...localizedFields("title", "Title"),
      { name: "year", type: "integer", description: "Year of the document", constraints: { required: true } },
      { name: "language", type: "string", description: "Language of the text held", constraints: { required: true } },
      { name: "version", type: "integer", description: "Import version (bumped when the units change)", constraints: { required: true } },
    ],
    "slug",
  ),
  rows: async () =>
    (
      await db
        .select()
        .from(document)
        .where(isNull(document.deletedAt))
        .orderBy(asc(document.slug))
    ).map((d) => ({ slug: d.slug, symbol: d.symbol, ...localizedCells("title", d.title), year: d.year, language: d.language, version: d.version })),
};

export const documentUnitsResource: DatasetResource = {
  name: "document_units",
  title: "Document units",
  description: "Each document's headings, paragraphs, sub-items and footnotes, with the locator that addresses it (/documents/{document}#p-{locator}).",
  schema: tableSchema(
    [
      { name: "document", type: "string", description: "Document slug", constraints: { required: true } },
      { name: "locator", type: "string", description: "Stable locator: 45, 45(a), summary, annex-3, fn-12…", constraints: { required: true } },
      { name: "position", type: "integer", description: "Reading order within the document", constraints: { required: true } },
      { name: "kind", type: "string", description: "heading, summary, paragraph, subitem, annex, annex-subitem, section, item or footnote", constraints: { required: true } },
      { name: "heading", type: "string", description: "Section title path joined with ' › '" },
      { name: "text", type: "string", description: "Clean, joined text" },
      { name: "footnote_number", type: "integer", description: "A footnote's number" },
    ],
    ["document", "locator"],
    [{ fields: "document", reference: { resource: "documents", fields: "slug" } }],
  ),
  rows: async () =>
    (
      await db
        .select({
          document: document.slug,
          locator: documentUnit.locator,
          position: documentUnit.position,
          kind: documentUnit.kind,
          heading: documentUnit.heading,
          text: documentUnit.text,
          footnoteNumber: documentUnit.footnoteNumber,
        })
        .from(documentUnit)
        .innerJoin(document, eq(document.id, documentUnit.documentId))
        .where(and(isNull(document.deletedAt), isNull(documentUnit.retiredAt)))
        .orderBy(asc(document.slug), asc(documentUnit.position))
    ).map(({ footnoteNumber, ...u }) => ({ ...u, footnote_number: footnoteNumber })),
};

