// The CSV columns of each record type, and the conversions between a CSV row and a record input.
// Lists (measures, citations, evidence) are separated by semicolons within their cell.
// Titles and descriptions take one column per language (`title_ar` … `title_es`, decision 027); a file
// may carry any of them, so files written with only the former `title_zh`/`title_en` still import.
import { LOCALES } from "~/db/locales";
import type { TRecordType } from "./record-schemas";

/** Column name → field name; `title.fr` is the French entry of the title map. */
const COMMON_HEAD: [string, string][] = [
  ["country", "countryIso3"],
  ...LOCALES.map((lang): [string, string] => [`title_${lang}`, `title.${lang}`]),
  ...LOCALES.map((lang): [string, string] => [`description_${lang}`, `description.${lang}`]),
];

/** A localized column may be left out of a file: the languages a file has are the ones it gives. */
export const isOptionalColumn = (field: string) => field.includes(".");
const COMMON_TAIL: [string, string][] = [
  ["measures", "measures"],
  ["units", "units"],
  ["evidence", "evidence"],
  ["notes", "notes"],
];
const BY_TYPE: Record<TRecordType, [string, string][]> = {
  commitment: [
    ["date", "date"],
    ["kind", "kind"],
    ["venue", "venue"],
    ["status", "status"],
    ["treaty", "treaty"],
  ],
  focal_point: [
    ["appointed_on", "date"],
    ["ended_on", "endedOn"],
    ["office", "office"],
    ["position_title", "positionTitle"],
    ["person_name", "personName"],
    ["person_name_public", "personNamePublic"],
    ["network", "network"],
  ],
  parliamentary_action: [
    ["date", "date"],
    ["chamber", "chamber"],
    ["kind", "kind"],
    ["status", "status"],
    ["members_involved", "membersInvolved"],
    ["outcome", "outcome"],
  ],
};

export function csvColumns(type: TRecordType): [string, string][] {
  return [...COMMON_HEAD, ...BY_TYPE[type], ...COMMON_TAIL];
}

export function columnForField(type: TRecordType, path: string): string {
  const columns = csvColumns(type);
  const exact = columns.find(([, f]) => f === path.split(".").slice(0, 2).join("."));
  if (exact) return exact[0];
  const field = path.split(".")[0] ?? path;
  // "No title in any language" is reported on the English column.
  if (field === "title" || field === "description") return `${field}_en`;
  return columns.find(([, f]) => f === field)?.[0] ?? field;
}

const BOOLEAN_FIELDS = new Set(["personNamePublic", "network"]);
// Yes and no as people write them in each of the six languages (the header row stays English).
const TRUE = new Set(["yes", "true", "1", "y", "是", "oui", "sí", "si", "да", "نعم"]);
const FALSE = new Set(["", "no", "false", "0", "n", "否", "non", "нет", "لا"]);
const list = (cell: string) =>
  cell
    .split(";")
    .map((s) => s.trim())
    .filter(Boolean);

/** A CSV row as the raw input the zod schema checks; `bad` names cells that are not even parseable. */
export function rowToInput(type: TRecordType, header: string[], cells: string[]) {
  const input: Record<string, unknown> = { type };
  const bad: { column: string; message: string }[] = [];
  for (const [column, field] of csvColumns(type)) {
    const at = header.indexOf(column);
    const cell = (at >= 0 ? (cells[at] ?? "") : "").trim();
    if (isOptionalColumn(field)) {
      const [base, lang] = field.split(".") as [string, string];
      const map = (input[base] ??= {}) as Record<string, string>;
      if (cell) map[lang] = cell;
    } else if (BOOLEAN_FIELDS.has(field)) {
      const v = cell.toLowerCase();
      if (TRUE.has(v)) input[field] = true;
      else if (FALSE.has(v)) input[field] = false;
      else bad.push({ column, message: "validation.yesNo" });
    } else if (field === "measures") {
      input.measures = list(cell);
    } else if (field === "units") {
      input.units = list(cell).map((ref) => {
        const hash = ref.lastIndexOf("#");
        return hash < 0 ? { document: ref, locator: "" } : { document: ref.slice(0, hash), locator: ref.slice(hash + 1) };
      });
    } else if (field === "evidence") {
      input.evidence = list(cell).map((url) => ({ kind: "url", url, label: "" }));
    } else if (field === "countryIso3") {
      input.countryIso3 = cell.toUpperCase() || null;
    } else {
      input[field] = cell;
    }
  }
  return { input, bad };
}

type Exportable = Record<string, unknown> & {
  measures: string[];
  units: { document: string; locator: string }[];
  evidence: { url?: string | null; file?: string | null }[];
};

export function recordToRow(type: TRecordType, item: Exportable): string[] {
  return csvColumns(type).map(([, field]) => {
    if (field === "measures") return item.measures.join("; ");
    if (field === "units") return item.units.map((u) => `${u.document}#${u.locator}`).join("; ");
    if (field === "evidence") return item.evidence.map((e) => e.url ?? e.file ?? "").join("; ");
    if (isOptionalColumn(field)) {
      const [base, lang] = field.split(".") as [string, string];
      return (item[base] as Record<string, string | undefined> | undefined)?.[lang] ?? "";
    }
    const v = item[field];
    if (typeof v === "boolean") return v ? "yes" : "no";
    return v === null || v === undefined ? "" : String(v);
  });
}
