// A readable difference between two snapshots of a record: changed fields, and links added or removed.
import { SNAPSHOT_FIELDS, type Snapshot } from "./record-links";

export interface SnapshotDiff {
  fields: { field: string; before: unknown; after: unknown }[];
  measures: { added: string[]; removed: string[] };
  units: { added: string[]; removed: string[] };
  evidence: { added: string[]; removed: string[] };
}

const setDiff = (before: string[], after: string[]) => ({
  added: after.filter((x) => !before.includes(x)),
  removed: before.filter((x) => !after.includes(x)),
});

const evidenceKey = (e: Snapshot["evidence"][number]) =>
  e.kind === "url" ? `${e.url}${e.label ? ` (${e.label})` : ""}` : `${e.filename ?? e.uploadId}${e.label ? ` (${e.label})` : ""}`;

const isBlank = (v: unknown) => v === null || v === undefined || v === "" || v === false;

export function diffSnapshots(before: Snapshot | null, after: Snapshot): SnapshotDiff {
  const fields = SNAPSHOT_FIELDS.flatMap((field) => {
    const a = before?.fields[field] ?? null;
    const b = after.fields[field] ?? null;
    // Unset, empty and "no" read the same to a person: only real changes are listed.
    return a === b || (isBlank(a) && isBlank(b)) ? [] : [{ field, before: a, after: b }];
  });
  return {
    fields,
    measures: setDiff(before?.measures.map((m) => m.slug) ?? [], after.measures.map((m) => m.slug)),
    units: setDiff(
      before?.units.map((u) => `${u.document}#${u.locator}`) ?? [],
      after.units.map((u) => `${u.document}#${u.locator}`),
    ),
    evidence: setDiff(before?.evidence.map(evidenceKey) ?? [], after.evidence.map(evidenceKey)),
  };
}

export const isEmptyDiff = (d: SnapshotDiff) =>
  d.fields.length + d.measures.added.length + d.measures.removed.length + d.units.added.length +
    d.units.removed.length + d.evidence.added.length + d.evidence.removed.length ===
  0;
