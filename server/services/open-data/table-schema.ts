// Frictionless Table Schema (https://specs.frictionlessdata.io/table-schema/), the part the dataset
// uses: field types, `required`/`unique`/`enum` constraints, primary and foreign keys. Writing a cell
// and reading it back go through this one module, so the CSV files and their schemas cannot disagree;
// `validateTable` checks a parsed CSV against its schema the way a Frictionless validator would.

export type FieldType = "string" | "integer" | "number" | "boolean" | "date" | "datetime" | "array";

export interface TableField {
  name: string;
  type: FieldType;
  description: string;
  format?: "uri" | "uuid";
  constraints?: { required?: boolean; unique?: boolean; enum?: string[] };
}

export interface ForeignKey {
  fields: string;
  reference: { resource: string; fields: string };
}

export interface TableSchema {
  fields: TableField[];
  primaryKey: string | string[];
  foreignKeys?: ForeignKey[];
  /** Only the empty string is null, as the spec's default `missingValues: [""]`. */
  missingValues: [""];
}

export type Cell = string | number | boolean | null | readonly unknown[] | Date;

/** A value as the CSV holds it (the spec's "lexical representation" of each type). */
export function formatCell(field: TableField, value: Cell | undefined): string {
  if (value === null || value === undefined) return "";
  switch (field.type) {
    case "array":
      return JSON.stringify(value);
    case "datetime":
      return value instanceof Date ? value.toISOString() : String(value);
    case "boolean":
      return value ? "true" : "false";
    default:
      return String(value);
  }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A CSV cell read back by its field's type: the value, or an error saying why it is not one. */
export function castCell(field: TableField, raw: string): { value: Cell } | { error: string } {
  if (raw === "") {
    return field.constraints?.required ? { error: "required value is missing" } : { value: null };
  }
  if (field.constraints?.enum && !field.constraints.enum.includes(raw)) return { error: `"${raw}" is not one of the allowed values` };
  switch (field.type) {
    case "string":
      if (field.format === "uuid" && !UUID.test(raw)) return { error: `"${raw}" is not a UUID` };
      if (field.format === "uri" && !URL.canParse(raw, "http://relative.invalid")) return { error: `"${raw}" is not a URI` };
      return { value: raw };
    case "integer":
      return /^-?\d+$/.test(raw) ? { value: Number(raw) } : { error: `"${raw}" is not an integer` };
    case "number": {
      const n = Number(raw);
      return raw.trim() === raw && Number.isFinite(n) ? { value: n } : { error: `"${raw}" is not a number` };
    }
    case "boolean":
      return raw === "true" || raw === "false" ? { value: raw === "true" } : { error: `"${raw}" is not a boolean` };
    case "date":
      return DAY.test(raw) && !Number.isNaN(Date.parse(raw)) ? { value: raw } : { error: `"${raw}" is not a date` };
    case "datetime":
      return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(raw) ? { value: new Date(raw) } : { error: `"${raw}" is not a UTC datetime` };
    case "array": {
      try {
        const parsed: unknown = JSON.parse(raw);
        return Array.isArray(parsed) ? { value: parsed } : { error: "not a JSON array" };
      } catch {
        return { error: "not a JSON array" };
      }
    }
  }
}

/** The header must name the schema's fields in order; then every cell must cast; keys must hold. */
export function validateTable(schema: TableSchema, rows: string[][]): { errors: string[]; records: Record<string, Cell>[] } {
  const errors: string[] = [];
  const [header = [], ...body] = rows;
  const names = schema.fields.map((f) => f.name);
  if (header.join(",") !== names.join(",")) errors.push(`header is "${header.join(",")}", schema says "${names.join(",")}"`);
  const records: Record<string, Cell>[] = [];
  const seen = new Map<string, Set<string>>();
  const keyFields = ([] as string[]).concat(schema.primaryKey);
  const keys = new Set<string>();
  body.forEach((row, i) => {
    const line = i + 2;
    if (row.length !== names.length) {
      errors.push(`row ${line}: ${row.length} cells for ${names.length} fields`);
      return;
    }
    const out: Record<string, Cell> = {};
    schema.fields.forEach((field, j) => {
      const cast = castCell(field, row[j]!);
      if ("error" in cast) errors.push(`row ${line}, ${field.name}: ${cast.error}`);
      else out[field.name] = cast.value;
      if (field.constraints?.unique && row[j] !== "") {
        const values = seen.get(field.name) ?? new Set<string>();
        if (values.has(row[j]!)) errors.push(`row ${line}, ${field.name}: "${row[j]}" is not unique`);
        values.add(row[j]!);
        seen.set(field.name, values);
      }
    });
    const key = JSON.stringify(keyFields.map((k) => row[names.indexOf(k)]));
    if (keys.has(key)) errors.push(`row ${line}: primary key ${key} repeats`);
    keys.add(key);
    records.push(out);
  });
  return { errors, records };
}
