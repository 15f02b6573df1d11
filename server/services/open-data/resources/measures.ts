// The measures catalogue and each measure's sources (the exact words of a document paragraph):
// the rows of GET /api/v1/measures, as two tables.
import { listMeasures } from "~/server/services/measures/list-measures";
import { publicMeasureList } from "~/server/services/measures/measures.types";
import { ZListMeasuresInputSchema } from "~/server/services/measures/measure-schemas";
import { localizedCells, localizedFields } from "../localized-columns";
import { allPages, references, tableSchema, type DatasetResource } from "../resource";

async function publicMeasures() {
  const list = await allPages(async (page, pageSize) =>
    publicMeasureList(await listMeasures({ ctx: { viewer: null, requestId: "open-data" }, input: ZListMeasuresInputSchema.parse({ page, pageSize }) })),
  );
  return list.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

export const measuresResource: DatasetResource = {
  name: "measures",
  title: "Recommended measures",
  description: "The catalogue of measures recommended by the source documents, with whom each is addressed to.",
  schema: tableSchema(
    [
      { name: "slug", type: "string", description: "Stable identifier", constraints: { required: true, unique: true } },
      ...localizedFields("title", "Title"),
      { name: "actor", type: "string", description: "Whom the measure is addressed to", constraints: { required: true } },
      { name: "pillar", type: "integer", description: "Pillar 1, 2 or 3; empty when the document ties it to none" },
      { name: "category", type: "string", description: "Category", constraints: { required: true } },
      { name: "prevention", type: "string", description: "upstream or downstream prevention", constraints: { enum: ["upstream", "downstream"] } },
      { name: "key", type: "boolean", description: "One of the measures national progress is usually judged by", constraints: { required: true } },
    ],
    "slug",
  ),
  rows: async () =>
    (await publicMeasures()).map((m) => ({
      slug: m.slug,
      ...localizedCells("title", m.title),
      actor: m.actor,
      pillar: m.pillar,
      category: m.category,
      prevention: m.prevention,
      key: m.key,
    })),
};

export const measureSourcesResource: DatasetResource = {
  name: "measure_sources",
  title: "Sources of the measures",
  description: "Each measure's citations: the document paragraph and the words quoted from it.",
  schema: tableSchema(
    [
      { name: "measure", type: "string", description: "Measure slug", constraints: { required: true } },
      { name: "position", type: "integer", description: "Order among the measure's sources", constraints: { required: true } },
      { name: "document", type: "string", description: "Document slug", constraints: { required: true } },
      { name: "locator", type: "string", description: "Unit locator (the reader's anchor is #p-{locator})", constraints: { required: true } },
      { name: "quote", type: "string", description: "The document's exact words", constraints: { required: true } },
    ],
    ["measure", "position"],
    [references("measure", "measures", "slug"), { fields: "document", reference: { resource: "documents", fields: "slug" } }],
  ),
  rows: async () =>
    (await publicMeasures()).flatMap((m) =>
      m.sources.map((s, position) => ({ measure: m.slug, position, document: s.document, locator: s.locator, quote: s.quote })),
    ),
};
