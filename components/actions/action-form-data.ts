// Between the action form and the API input: the textareas parsed, and an action turned back into
// what the form shows when editing.
import { parseEvidenceLine, parseUnitLine } from "~/components/records/record-form-data";

export interface ActionTarget {
  kind: string;
  name: string;
}

export interface EditableAction {
  id: string;
  version: number;
  kind: string;
  date: string;
  title: string;
  summary: string;
  outcome: string;
  outcomeKind: string;
  visibility: string;
  countries: string[];
  targets: ActionTarget[];
  coAuthorIds: string[];
  measures: string[];
  units: string[];
  recordIds: string[];
  links: string[];
  files: { uploadId: string; filename: string }[];
}

const lines = (v: FormDataEntryValue | null) =>
  String(v ?? "")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
const str = (f: FormData, k: string) => String(f.get(k) ?? "").trim();

export function actionFormToInput(
  f: FormData,
  state: { countries: string[]; targets: ActionTarget[]; files: { uploadId: string; filename: string }[] },
) {
  return {
    kind: str(f, "kind") as never,
    date: str(f, "date"),
    title: str(f, "title"),
    summary: str(f, "summary"),
    outcome: str(f, "outcome"),
    outcomeKind: str(f, "outcomeKind") as never,
    visibility: str(f, "visibility") as never,
    countries: state.countries,
    targets: state.targets.map((t) => ({ kind: t.kind as never, name: t.name.trim() })),
    coAuthorIds: f.getAll("coAuthorIds").map(String),
    measures: lines(f.get("measures")),
    units: lines(f.get("units")).map(parseUnitLine),
    recordIds: f.getAll("recordIds").map(String),
    attachments: [
      ...lines(f.get("links")).map(parseEvidenceLine),
      ...state.files.map((file) => ({
        kind: "file" as const,
        uploadId: file.uploadId,
        label: file.filename,
      })),
    ],
  };
}

/** The detail the API returns, as the edit form's starting values. */
export function toEditableAction(a: {
  id: string;
  version: number;
  kind: string;
  date: string;
  title: string;
  summary: string;
  outcome: string;
  outcomeKind: string;
  visibility: string;
  createdById: string;
  countries: { iso3: string }[];
  targets: ActionTarget[];
  authors: { id: string }[];
  measures: { slug: string }[];
  units: { document: string; locator: string }[];
  records: { id: string }[];
  attachments: (
    { kind: "url"; url: string; label: string } | { kind: "file"; uploadId: string; filename: string }
  )[];
}): EditableAction {
  return {
    id: a.id,
    version: a.version,
    kind: a.kind,
    date: a.date,
    title: a.title,
    summary: a.summary,
    outcome: a.outcome,
    outcomeKind: a.outcomeKind,
    visibility: a.visibility,
    countries: a.countries.map((c) => c.iso3),
    targets: a.targets,
    coAuthorIds: a.authors.map((p) => p.id).filter((id) => id !== a.createdById),
    measures: a.measures.map((m) => m.slug),
    units: a.units.map((u) => `${u.document}#${u.locator}`),
    recordIds: a.records.map((r) => r.id),
    links: a.attachments.flatMap((x) =>
      x.kind === "url" ? [`${x.url}${x.label ? ` ${x.label}` : ""}`] : [],
    ),
    files: a.attachments.flatMap((x) =>
      x.kind === "file" ? [{ uploadId: x.uploadId, filename: x.filename }] : [],
    ),
  };
}
