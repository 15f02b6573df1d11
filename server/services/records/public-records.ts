// The public read API's view of records: published only, in the documented shape (camelCase,
// links by slug and locator, a focal point's name only when marked public).
import { and, asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { db } from "~/db/client";
import { document, documentUnit, measure, record, recordEvidence, recordMeasure, recordUnit, regionalOrganization } from "~/db/schema";
import type { Viewer } from "~/server/auth/policy";
import { listRecords } from "./list-records";
import { owns } from "./record-access";
import { RECORD_TYPES } from "./record-schemas";

export const ZPublicRecordsQuerySchema = z.object({
  type: z.enum(RECORD_TYPES).optional(),
  country: z.string().regex(/^[A-Z]{3}$/).optional(),
  measure: z.string().trim().min(1).max(200).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

type Row = typeof record.$inferSelect;

function typeSpecific(r: Row, showPerson: boolean) {
  if (r.type === "commitment") return { kind: r.kind, venue: r.venue, treaty: r.treaty };
  if (r.type === "focal_point") {
    return {
      appointedOn: r.date,
      endedOn: r.endedOn,
      office: r.office,
      positionTitle: r.positionTitle,
      personName: r.personNamePublic || showPerson ? r.personName : null,
      network: r.network,
    };
  }
  return { chamber: r.chamber, kind: r.kind, membersInvolved: r.membersInvolved, outcome: r.outcome };
}

export async function listPublicRecords({ input: query }: { input: z.output<typeof ZPublicRecordsQuerySchema> }) {
  const page = await listRecords({ ctx: { viewer: null }, input: { ...query, reviewStatus: ["published"] } });
  return { ...page, items: await shapeRecords(page.items.map((i) => i.id), null) };
}

/** Records by id in the API's shape, in the order given. A person's name only when public or theirs. */
export async function shapeRecords(ids: string[], viewer: Viewer | null) {
  if (ids.length === 0) return [];
  const [rows, measures, units, evidence] = await Promise.all([
    db
      .select({ record, region: regionalOrganization.slug })
      .from(record)
      .leftJoin(regionalOrganization, eq(regionalOrganization.id, record.regionalOrganizationId))
      .where(inArray(record.id, ids)),
    db
      .select({ recordId: recordMeasure.recordId, slug: measure.slug })
      .from(recordMeasure)
      .innerJoin(measure, eq(measure.id, recordMeasure.measureId))
      .where(inArray(recordMeasure.recordId, ids))
      .orderBy(asc(measure.slug)),
    db
      .select({ recordId: recordUnit.recordId, document: document.slug, locator: documentUnit.locator })
      .from(recordUnit)
      .innerJoin(documentUnit, eq(documentUnit.id, recordUnit.unitId))
      .innerJoin(document, eq(document.id, documentUnit.documentId))
      .where(inArray(recordUnit.recordId, ids))
      .orderBy(asc(document.slug), asc(documentUnit.position)),
    db
      .select()
      .from(recordEvidence)
      .where(and(inArray(recordEvidence.recordId, ids)))
      .orderBy(asc(recordEvidence.position)),
  ]);
  return ids.map((id) => {
    const { record: r, region } = rows.find((x) => x.record.id === id)!;
    return {
      id: r.id,
      type: r.type,
      country: r.countryIso3,
      regionalOrganization: region,
      title: r.title,
      description: r.description,
      date: r.date,
      status: r.status,
      measures: measures.filter((m) => m.recordId === id).map((m) => m.slug),
      units: units.filter((u) => u.recordId === id).map(({ document, locator }) => ({ document, locator })),
      evidence: evidence
        .filter((e) => e.recordId === id)
        .map((e) =>
          e.kind === "url"
            ? { kind: "url" as const, url: e.url ?? "", label: e.label }
            : { kind: "file" as const, file: `/api/files/${e.uploadId}`, label: e.label },
        ),
      ...typeSpecific(r, owns(viewer, r)),
      reviewStatus: r.reviewStatus,
      publishedAt: r.publishedAt,
      updatedAt: r.updatedAt,
    };
  });
}
