// Published records, one table per type (commitments, focal-point appointments, parliamentary
// actions): the rows of GET /api/v1/records?type=…, with the type's own columns. A focal point's
// name only when it is marked public — the API's shaping decides it, not this file.
import { localizedCells, localizedFields } from "../localized-columns";
import { listPublicRecords } from "~/server/services/records/public-records";
import { RECORD_TYPES } from "~/server/services/records/record-schemas";
import type { Cell, TableField } from "../table-schema";
import { allPages, references, tableSchema, type DatasetResource } from "../resource";

type RecordType = (typeof RECORD_TYPES)[number];
type PublicRecord = Awaited<ReturnType<typeof listPublicRecords>>["items"][number];

const text = (name: string, description: string): TableField => ({ name, type: "string", description });

const COMMON_FIELDS: TableField[] = [
  { name: "id", type: "string", format: "uuid", description: "Record id (stable; the evidence ids of the statuses name it)", constraints: { required: true, unique: true } },
  text("country", "ISO 3166-1 alpha-3 (empty for a regional organisation's record)"),
  text("regional_organization", "Regional organisation slug (empty for a state's record)"),
  ...localizedFields("title", "Title"),
  ...localizedFields("description", "Description"),
  { name: "date", type: "date", description: "Date made / appointed on / date of the action", constraints: { required: true } },
  text("status", "Status in the real world (announced, in progress, adopted…)"),
  { name: "measures", type: "array", description: "JSON array of the slugs of the measures it advances", constraints: { required: true } },
  { name: "units", type: "array", description: "JSON array of the document paragraphs it cites: {document, locator}", constraints: { required: true } },
  { name: "evidence", type: "array", description: "JSON array of its sources: {kind: url, url, label} or {kind: file, file, label}", constraints: { required: true } },
  { name: "published_at", type: "datetime", description: "When the secretariat published it (UTC)" },
  { name: "updated_at", type: "datetime", description: "Last change (UTC)", constraints: { required: true } },
];

const TYPE_FIELDS: Record<RecordType, TableField[]> = {
  commitment: [text("kind", "Kind of commitment"), text("venue", "Where it was made"), text("treaty", "Treaty concerned")],
  focal_point: [
    { name: "ended_on", type: "date", description: "End of the appointment (empty while in office)" },
    text("office", "Office or ministry"),
    text("position_title", "Position title"),
    text("person_name", "The person's name, only when marked public"),
    { name: "network", type: "boolean", description: "Member of the Global Network of R2P Focal Points" },
  ],
  parliamentary_action: [
    text("chamber", "Chamber"),
    text("kind", "Kind of action"),
    text("members_involved", "Members involved"),
    text("outcome", "Outcome"),
  ],
};

function typeCells(type: RecordType, r: PublicRecord): Record<string, Cell> {
  if (type === "commitment") return { kind: r.kind ?? null, venue: r.venue ?? null, treaty: r.treaty ?? null };
  if (type === "focal_point") {
    return {
      ended_on: r.endedOn ?? null,
      office: r.office ?? null,
      position_title: r.positionTitle ?? null,
      person_name: r.personName ?? null,
      network: r.network ?? null,
    };
  }
  return { chamber: r.chamber ?? null, kind: r.kind ?? null, members_involved: r.membersInvolved ?? null, outcome: r.outcome ?? null };
}

const TITLES: Record<RecordType, [string, string]> = {
  commitment: ["commitments", "Government commitments"],
  focal_point: ["focal_points", "National R2P focal-point appointments"],
  parliamentary_action: ["parliamentary_actions", "Parliamentary actions"],
};

function recordsResource(type: RecordType): DatasetResource {
  const [name, title] = TITLES[type];
  return {
    name,
    title,
    description: `${title}: published records only, reviewed by the secretariat.`,
    schema: tableSchema([...COMMON_FIELDS, ...TYPE_FIELDS[type]], "id", [references("country", "countries", "iso3")]),
    rows: async () => {
      const records = await allPages((page, pageSize) => listPublicRecords({ input: { type, page, pageSize } }));
      return records
        .sort((a, b) => (a.id < b.id ? -1 : 1))
        .map((r) => ({
          id: r.id,
          country: r.country,
          regional_organization: r.regionalOrganization,
          ...localizedCells("title", r.title),
          ...localizedCells("description", r.description),
          date: r.date,
          status: r.status,
          measures: r.measures,
          units: r.units,
          evidence: r.evidence,
          published_at: r.publishedAt,
          updated_at: r.updatedAt,
          ...typeCells(type, r),
        }));
    },
  };
}

export const recordResources = RECORD_TYPES.map(recordsResource);
