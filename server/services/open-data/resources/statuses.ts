// Country × measure statuses (only those other than `none`), with the records that decided each.
import { asc, eq } from "drizzle-orm";
import { db } from "~/db/client";
import { countryMeasureStatus, measure } from "~/db/schema";
import { PROGRESS_STATUSES } from "~/server/progress/statuses";
import type { StatusEvidence } from "~/server/progress/statuses";
import { references, tableSchema, type DatasetResource } from "../resource";

export const statusesResource: DatasetResource = {
  name: "country_measure_statuses",
  title: "Each country's status on each measure",
  description:
    "Derived from published records by the progress rules (decision 009). A pair without a row has the status `none`. `evidence_ids` lists the records that decided it (see the records resources).",
  schema: tableSchema(
    [
      { name: "country", type: "string", description: "ISO 3166-1 alpha-3", constraints: { required: true } },
      { name: "measure", type: "string", description: "Measure slug", constraints: { required: true } },
      { name: "status", type: "string", description: "Derived status", constraints: { required: true, enum: PROGRESS_STATUSES.filter((s) => s !== "none") } },
      { name: "since", type: "date", description: "Since when the status holds", constraints: { required: true } },
      { name: "evidence_types", type: "array", description: "JSON array: the type of each deciding record", constraints: { required: true } },
      { name: "evidence_ids", type: "array", description: "JSON array: the id of each deciding record, in the same order", constraints: { required: true } },
    ],
    ["country", "measure"],
    [references("country", "countries", "iso3"), references("measure", "measures", "slug")],
  ),
  rows: async () => {
    const rows = await db
      .select({
        country: countryMeasureStatus.countryIso3,
        measure: measure.slug,
        status: countryMeasureStatus.status,
        since: countryMeasureStatus.since,
        evidence: countryMeasureStatus.evidence,
      })
      .from(countryMeasureStatus)
      .innerJoin(measure, eq(measure.id, countryMeasureStatus.measureId))
      .orderBy(asc(countryMeasureStatus.countryIso3), asc(measure.slug));
    return rows.map(({ evidence, ...r }) => {
      const list = evidence as StatusEvidence[];
      return { ...r, evidence_types: list.map((e) => e.type), evidence_ids: list.map((e) => e.id) };
    });
  },
};
