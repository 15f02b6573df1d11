// The record detail as the form wants it: fields, and the links as the lines people type.
import type { RecordSnapshot as Snapshot } from "./types";
import type { EditableRecord } from "./record-form-data";

export function toEditable(
  rec: { id: string; version: number; type: EditableRecord["type"]; reviewStatus: string },
  snapshot: Snapshot,
): EditableRecord {
  return {
    id: rec.id,
    version: rec.version,
    type: rec.type,
    reviewStatus: rec.reviewStatus,
    fields: snapshot.fields as unknown as Record<string, unknown>,
    measures: snapshot.measures.map((m) => m.slug),
    units: snapshot.units.map((u) => `${u.document}#${u.locator}`),
    evidence: snapshot.evidence.map((e) => (e.kind === "url" ? `${e.url}${e.label ? ` ${e.label}` : ""}` : "")).filter(Boolean),
    files: snapshot.evidence.flatMap((e) => (e.kind === "file" ? [{ uploadId: e.uploadId, filename: e.filename ?? e.label }] : [])),
  };
}
