// Public advocacy actions of coalition organisations: the rows of GET /api/v1/actions (listed as
// an anonymous visitor, so organisation and coalition actions never reach this table).
import { textIn } from "~/db/localized-text";
import { listPublicActions } from "~/server/services/advocacy/public-actions";
import { allPages, tableSchema, type DatasetResource } from "../resource";

export const actionsResource: DatasetResource = {
  name: "public_actions",
  title: "Public advocacy actions",
  description: "Advocacy actions that coalition organisations chose to make public.",
  schema: tableSchema(
    [
      { name: "id", type: "string", format: "uuid", description: "Action id", constraints: { required: true, unique: true } },
      { name: "date", type: "date", description: "When it took place", constraints: { required: true } },
      { name: "kind", type: "string", description: "meeting, letter, briefing, event…", constraints: { required: true } },
      { name: "title", type: "string", description: "Title, in the language it was written in", constraints: { required: true } },
      { name: "summary", type: "string", description: "Summary" },
      { name: "outcome_kind", type: "string", description: "What came of it", constraints: { required: true } },
      { name: "outcome", type: "string", description: "Outcome, in words" },
      { name: "organization", type: "string", description: "The coalition organisation that logged it", constraints: { required: true } },
      { name: "countries", type: "array", description: "JSON array of ISO 3166-1 alpha-3 codes", constraints: { required: true } },
      { name: "targets", type: "array", description: "JSON array of {kind, name}: whom it addressed", constraints: { required: true } },
      { name: "measures", type: "array", description: "JSON array of measure slugs", constraints: { required: true } },
      { name: "units", type: "array", description: "JSON array of {document, locator}", constraints: { required: true } },
      { name: "records", type: "array", description: "JSON array of the ids of published records it led to", constraints: { required: true } },
      { name: "is_sample", type: "boolean", description: "Part of the labelled sample data", constraints: { required: true } },
    ],
    "id",
  ),
  rows: async () => {
    const actions = await allPages((page, pageSize) => listPublicActions({ input: { page, pageSize } }));
    return actions
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((a) => ({
        id: a.id,
        date: a.date,
        kind: a.kind,
        title: a.title,
        summary: a.summary,
        outcome_kind: a.outcomeKind,
        outcome: a.outcome,
        organization: textIn(a.organization, "en"),
        countries: a.countries,
        targets: a.targets.map((t) => ({ kind: t.kind, name: t.name })),
        measures: a.measures,
        units: a.units,
        records: a.records,
        is_sample: a.isSample,
      }));
  },
};
