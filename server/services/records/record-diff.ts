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

/** Blank: nothing, an empty string, false, or a localized text with no language. */
const isBlank = (v: unknown) =>
  v === null || v === undefined || v === "" || v === false || (typeof v === "object" && Object.values(v).every((x) => !x));

/** Scalars by value; localized-text maps by their entries, whatever the key order. */
function same(a: unknown, b: unknown): boolean {
  if (a && b && typeof a === "object" && typeof b === "object") {
    const entries = (o: object) => Object.entries(o).filter(([, v]) => !!v).sort(([x], [y]) => (x < y ? -1 : 1));
    return JSON.stringify(entries(a)) === JSON.stringify(entries(b));
  }
  return a === b;
}

export function diffSnapshots(before: Snapshot | null, after: Snapshot): SnapshotDiff {
  const fields = SNAPSHOT_FIELDS.flatMap((field) => {
    const a = before?.fields[field] ?? null;
    const b = after.fields[field] ?? null;
    // Unset, empty and "no" read the same to a person: only real changes are listed.
    return same(a, b) || (isBlank(a) && isBlank(b)) ? [] : [{ field, before: a, after: b }];
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
