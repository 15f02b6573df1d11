// Between the record form's fields and the API input: parse the textareas, and prefill from a record.
import type { Locale } from "~/db/locales";
import type { LocalizedText } from "~/db/localized-text";
import { withText } from "~/db/localized-text-ops";
import type { RecordFieldsInput as TRecordFieldsInput } from "./types";

export interface EditableRecord {
  id: string;
  version: number;
  type: TRecordFieldsInput["type"];
  reviewStatus: string;
  fields: Record<string, unknown>;
  measures: string[];
  units: string[];
  evidence: string[];
  files: { uploadId: string; filename: string }[];
}

const lines = (v: FormDataEntryValue | null) =>
  String(v ?? "")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

const str = (f: FormData, k: string) => String(f.get(k) ?? "").trim();
const opt = (f: FormData, k: string) => str(f, k) || null;

/** `a-72-884#45(a)` → {document, locator}; a line without `#` keeps an empty locator for the server to refuse. */
export function parseUnitLine(line: string) {
  const at = line.lastIndexOf("#");
  return at < 0 ? { document: line, locator: "" } : { document: line.slice(0, at).trim(), locator: line.slice(at + 1).trim() };
}

/** `https://… optional label` → URL evidence. */
export function parseEvidenceLine(line: string) {
  const [url = "", ...label] = line.split(/\s+/);
  return { kind: "url" as const, url, label: label.join(" ") };
}

/**
 * The form's one title and description are in the author's language (decision 027): they replace
 * that language's entry of the record's maps and every other language is kept as it was.
 */
export interface AuthorText {
  locale: Locale;
  title: LocalizedText;
  description: LocalizedText;
}

export function formToInput(f: FormData, type: TRecordFieldsInput["type"], author: AuthorText): TRecordFieldsInput {
  return {
    type,
    countryIso3: opt(f, "countryIso3"),
    regionalOrganizationId: Number(str(f, "regionalOrganizationId")) || null,
    title: withText(author.title, author.locale, str(f, "title")),
    description: withText(author.description, author.locale, str(f, "description")),
    date: str(f, "date"),
    status: opt(f, "status"),
    kind: opt(f, "kind"),
    venue: opt(f, "venue"),
    treaty: opt(f, "treaty"),
    endedOn: opt(f, "endedOn"),
    office: opt(f, "office"),
    positionTitle: opt(f, "positionTitle"),
    personName: opt(f, "personName"),
    personNamePublic: f.get("personNamePublic") === "on",
    network: f.get("network") === "on",
    chamber: opt(f, "chamber"),
    membersInvolved: opt(f, "membersInvolved"),
    outcome: opt(f, "outcome"),
    notes: str(f, "notes"),
    measures: lines(f.get("measures")),
    units: lines(f.get("units")).map(parseUnitLine),
    evidence: lines(f.get("evidence")).map(parseEvidenceLine),
  };
}

/** Errors on `units.2.locator` belong beside the `units` field. */
export function errorsFor(fields: Record<string, string[]>, name: string): string[] | undefined {
  const found = Object.entries(fields)
    .filter(([k]) => k === name || k.startsWith(`${name}.`))
    .flatMap(([, v]) => v);
  return found.length ? found : undefined;
}
