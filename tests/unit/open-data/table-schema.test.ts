// The Table Schema reader that checks the data package's CSVs: it must refuse what a Frictionless
// validator refuses, or the package test would pass on broken files.
import { describe, expect, it } from "vitest";
import { tableToCsv } from "~/server/services/open-data/csv-table";
import { castCell, validateTable, type TableSchema } from "~/server/services/open-data/table-schema";
import { parseCsv } from "~/server/csv/rfc4180";

const schema: TableSchema = {
  fields: [
    { name: "id", type: "string", description: "", constraints: { required: true, unique: true } },
    { name: "n", type: "integer", description: "" },
    { name: "share", type: "number", description: "" },
    { name: "on", type: "date", description: "" },
    { name: "tags", type: "array", description: "" },
    { name: "ok", type: "boolean", description: "" },
    { name: "kind", type: "string", description: "", constraints: { enum: ["a", "b"] } },
  ],
  primaryKey: "id",
  missingValues: [""],
};

describe("table schema", () => {
  it("round-trips every type through CSV, formula-like text and line breaks included", () => {
    const rows = [
      { id: "=1+1", n: -3, share: 0.33333334, on: "2026-12-03", tags: ["x", "y,z"], ok: false, kind: null },
      { id: 'quote " and\r\nbreak', n: null, share: 1, on: null, tags: [], ok: true, kind: "b" },
    ];
    const { errors, records } = validateTable(schema, parseCsv(tableToCsv(schema, rows)));
    expect(errors).toEqual([]);
    expect(records).toEqual(rows);
  });

  it("refuses wrong types, missing required values, repeated keys, unknown enum values and a wrong header", () => {
    expect(castCell(schema.fields[1]!, "1.5")).toEqual({ error: '"1.5" is not an integer' });
    expect(castCell(schema.fields[2]!, "NaN")).toHaveProperty("error");
    expect(castCell(schema.fields[3]!, "2026-13-45")).toHaveProperty("error");
    expect(castCell(schema.fields[4]!, "{}")).toEqual({ error: "not a JSON array" });
    const { errors } = validateTable(schema, [
      ["id", "n", "share", "on", "tags", "ok", "kind"],
      ["", "1", "1", "2026-01-01", "[]", "true", "a"],
      ["x", "1", "1", "2026-01-01", "[]", "yes", "c"],
      ["x", "1", "1", "2026-01-01", "[]", "true", "a"],
      ["short"],
    ]);
    expect(errors).toEqual([
      "row 2, id: required value is missing",
      "row 3, ok: \"yes\" is not a boolean",
      'row 3, kind: "c" is not one of the allowed values',
      'row 4, id: "x" is not unique',
      'row 4: primary key ["x"] repeats',
      "row 5: 1 cells for 7 fields",
    ]);
    expect(validateTable(schema, [["id"]]).errors[0]).toContain("header");
  });
});
