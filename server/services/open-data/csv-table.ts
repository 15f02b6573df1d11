// A table as CSV text (RFC 4180: CRLF line ends, a field quoted when it holds a comma, a quote or a
// line break), cells written as their Table Schema type's lexical form. Unlike the spreadsheet
// exports (server/csv/rfc4180.ts), no apostrophe is put before "=", "+", "-" or "@": this file is
// data for programs and must read back to exactly the values the API gives.
import type { Cell, TableSchema } from "./table-schema";
import { formatCell } from "./table-schema";

const needsQuotes = /[",\r\n]/;
const field = (s: string) => (needsQuotes.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function tableToCsv(schema: TableSchema, rows: readonly Record<string, Cell>[]): string {
  const lines = [schema.fields.map((f) => field(f.name)).join(",")];
  for (const row of rows) lines.push(schema.fields.map((f) => field(formatCell(f, row[f.name]))).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
