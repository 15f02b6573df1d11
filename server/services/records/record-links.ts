// A record's links (measures, document units, evidence): resolved from what people type, written
// to the join tables, and captured with the fields as a snapshot — the unit of history and review.
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Queryable } from "~/db/client";
import {
  country,
  document,
  documentUnit,
  measure,
  record,
  recordEvidence,
  recordMeasure,
  recordUnit,
  regionalOrganization,
  upload,
} from "~/db/schema";
import { AppError } from "~/server/errors";
import type { TRecordFields } from "./record-schemas";

export const SNAPSHOT_FIELDS = [
  "countryIso3",
  "regionalOrganizationId",
  "title",
  "description",
  "date",
  "status",
  "kind",
  "venue",
  "treaty",
  "endedOn",
  "office",
  "positionTitle",
  "personName",
  "personNamePublic",
  "network",
  "chamber",
  "membersInvolved",
  "outcome",
  "notes",
] as const;

export type SnapshotField = (typeof SNAPSHOT_FIELDS)[number];
export type RecordColumns = Pick<typeof record.$inferSelect, SnapshotField>;

export interface Snapshot {
  fields: RecordColumns;
  measures: { id: string; slug: string }[];
  units: { id: string; document: string; locator: string }[];
  evidence: ({ kind: "url"; url: string; label: string } | { kind: "file"; uploadId: string; label: string; filename?: string })[];
}

export function columnsOf(input: TRecordFields): RecordColumns {
  return Object.fromEntries(SNAPSHOT_FIELDS.map((k) => [k, input[k]])) as RecordColumns;
}

/** Turns slugs and `document#locator` references into ids; every unknown one is a field error. */
export async function resolveLinks(tx: Queryable, input: TRecordFields): Promise<Snapshot> {
  const { snapshot, problems } = await checkLinks(tx, input);
  if (problems.length) {
    throw new AppError("VALIDATION", problems.map((p) => p.detail).join("; "), {
      fields: Object.fromEntries(problems.map((p) => [p.field, `validation.${p.key}`])),
    });
  }
  return { ...snapshot, fields: columnsOf(input) };
}

type LinkInput = Pick<TRecordFields, "countryIso3" | "regionalOrganizationId" | "measures" | "units" | "evidence">;

/** Everything a record points at that does not exist (a CSV dry run lists them all at once). */
export async function checkLinks(tx: Queryable, input: LinkInput) {
  const problems: { field: string; key: string; detail: string }[] = [];
  if (input.countryIso3) {
    const [found] = await tx.select({ iso3: country.iso3 }).from(country).where(eq(country.iso3, input.countryIso3));
    if (!found) problems.push({ field: "countryIso3", key: "unknownCountry", detail: input.countryIso3 });
  }
  if (input.regionalOrganizationId) {
    const [found] = await tx
      .select({ id: regionalOrganization.id })
      .from(regionalOrganization)
      .where(eq(regionalOrganization.id, input.regionalOrganizationId));
    if (!found) problems.push({ field: "regionalOrganizationId", key: "choose", detail: String(input.regionalOrganizationId) });
  }
  const slugs = [...new Set(input.measures)];
  const measures = slugs.length
    ? await tx
        .select({ id: measure.id, slug: measure.slug })
        .from(measure)
        .where(and(inArray(measure.slug, slugs), isNull(measure.deletedAt)))
    : [];
  const missing = slugs.filter((s) => !measures.some((m) => m.slug === s));
  if (missing.length) problems.push({ field: "measures", key: "unknownMeasure", detail: missing.join(", ") });

  const units: Snapshot["units"] = [];
  const unknownUnits: string[] = [];
  for (const ref of input.units) {
    const [unit] = await tx
      .select({ id: documentUnit.id })
      .from(documentUnit)
      .innerJoin(document, eq(document.id, documentUnit.documentId))
      .where(and(eq(document.slug, ref.document), eq(documentUnit.locator, ref.locator), isNull(documentUnit.retiredAt)));
    if (!unit) unknownUnits.push(`${ref.document}#${ref.locator}`);
    else if (!units.some((u) => u.id === unit.id)) units.push({ id: unit.id, ...ref });
  }
  if (unknownUnits.length) problems.push({ field: "units", key: "unknownUnit", detail: unknownUnits.join(", ") });

  const uploadIds = input.evidence.flatMap((e) => (e.kind === "file" ? [e.uploadId] : []));
  const files = uploadIds.length
    ? await tx.select({ id: upload.id, filename: upload.filename }).from(upload).where(inArray(upload.id, uploadIds))
    : [];
  const evidence: Snapshot["evidence"] = [];
  for (const e of input.evidence) {
    if (e.kind === "url") evidence.push(e);
    else {
      const file = files.find((f) => f.id === e.uploadId);
      if (file) evidence.push({ ...e, filename: file.filename });
      else problems.push({ field: "evidence", key: "unknownUpload", detail: e.uploadId });
    }
  }
  return { snapshot: { fields: {} as RecordColumns, measures, units, evidence }, problems };
}

/** Replaces a record's links with those of the snapshot. */
export async function writeLinks(tx: Queryable, recordId: string, snap: Snapshot) {
  await tx.delete(recordMeasure).where(eq(recordMeasure.recordId, recordId));
  await tx.delete(recordUnit).where(eq(recordUnit.recordId, recordId));
  await tx.delete(recordEvidence).where(eq(recordEvidence.recordId, recordId));
  if (snap.measures.length) {
    await tx.insert(recordMeasure).values(snap.measures.map((m) => ({ recordId, measureId: m.id })));
  }
  if (snap.units.length) await tx.insert(recordUnit).values(snap.units.map((u) => ({ recordId, unitId: u.id })));
  if (snap.evidence.length) {
    await tx.insert(recordEvidence).values(
      snap.evidence.map((e, position) => ({
        recordId,
        position,
        kind: e.kind,
        label: e.label,
        url: e.kind === "url" ? e.url : null,
        uploadId: e.kind === "file" ? e.uploadId : null,
      })),
    );
  }
}

/** The record's current (applied) state as a snapshot. */
export async function loadSnapshot(tx: Queryable, row: typeof record.$inferSelect): Promise<Snapshot> {
  const [measures, units, evidence] = await Promise.all([
    tx
      .select({ id: measure.id, slug: measure.slug })
      .from(recordMeasure)
      .innerJoin(measure, eq(measure.id, recordMeasure.measureId))
      .where(eq(recordMeasure.recordId, row.id))
      .orderBy(asc(measure.slug)),
    tx
      .select({ id: documentUnit.id, document: document.slug, locator: documentUnit.locator })
      .from(recordUnit)
      .innerJoin(documentUnit, eq(documentUnit.id, recordUnit.unitId))
      .innerJoin(document, eq(document.id, documentUnit.documentId))
      .where(eq(recordUnit.recordId, row.id))
      .orderBy(asc(document.slug), asc(documentUnit.position)),
    tx
      .select({ kind: recordEvidence.kind, url: recordEvidence.url, uploadId: recordEvidence.uploadId, label: recordEvidence.label, filename: upload.filename })
      .from(recordEvidence)
      .leftJoin(upload, eq(upload.id, recordEvidence.uploadId))
      .where(eq(recordEvidence.recordId, row.id))
      .orderBy(asc(recordEvidence.position)),
  ]);
  return {
    fields: Object.fromEntries(SNAPSHOT_FIELDS.map((k) => [k, row[k]])) as RecordColumns,
    measures,
    units,
    evidence: evidence.map((e) =>
      e.kind === "url"
        ? { kind: "url" as const, url: e.url ?? "", label: e.label }
        : { kind: "file" as const, uploadId: e.uploadId ?? "", label: e.label, filename: e.filename ?? "" },
    ),
  };
}
