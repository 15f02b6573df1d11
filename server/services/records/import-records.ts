// CSV import: a template per type, a dry run that lists every problem as row, column and message,
// and an import that applies every row in one transaction — or none of them.
import { z } from "zod";
import { db } from "~/db/client";
import { parseCsv, CsvSyntaxError, toCsv } from "~/server/csv/rfc4180";
import { AppError } from "~/server/errors";
import { lookupMessage } from "~/server/i18n/translator";
import { recordAuditEvent } from "~/server/services/audit/record-audit-event";
import type { AuthedServiceContext } from "~/server/services/context";
import { recomputeCountries } from "~/server/services/progress/recompute-progress";
import { localizeZodError } from "~/server/validation/localize-zod-error";
import { columnForField, csvColumns, isOptionalColumn, rowToInput } from "./record-csv";
import { checkLinks } from "./record-links";
import { RECORD_TYPES, type TCreateRecordInput, type TRecordType, ZCreateRecordInputSchema } from "./record-schemas";
import { insertRecord } from "./save-record";

export const ZImportInputSchema = z.object({
  type: z.enum(RECORD_TYPES),
  csv: z.string().min(1).max(5_000_000),
});
export const ZTemplateInputSchema = z.object({ type: z.enum(RECORD_TYPES) });

export interface ImportProblem {
  /** 1-based line of the spreadsheet: the header is row 1. */
  row: number;
  column: string;
  message: string;
}

import type { Locale } from "~/db/locales";
const MAX_ROWS = 5000;

export function recordTemplate({ input }: { input: { type: TRecordType } }) {
  return { filename: `${input.type}-template.csv`, content: toCsv([csvColumns(input.type).map(([c]) => c)]) };
}

async function check(type: TRecordType, csv: string, locale: Locale) {
  const problems: ImportProblem[] = [];
  const rows: TCreateRecordInput[] = [];
  const say = (key: string) => lookupMessage(locale, key) ?? key;
  let table: string[][];
  try {
    table = parseCsv(csv);
  } catch (e) {
    if (!(e instanceof CsvSyntaxError)) throw e;
    return { rows, problems: [{ row: e.line, column: "", message: say("validation.csvSyntax") }] };
  }
  const [header = [], ...body] = table;
  const names = header.map((h) => h.trim().toLowerCase());
  for (const [column, field] of csvColumns(type)) {
    if (!isOptionalColumn(field) && !names.includes(column)) problems.push({ row: 1, column, message: say("validation.csvMissingColumn") });
  }
  if (body.length > MAX_ROWS) problems.push({ row: MAX_ROWS + 2, column: "", message: say("validation.csvTooManyRows") });
  if (problems.length) return { rows, problems };

  for (const [i, cells] of body.entries()) {
    const rowNumber = i + 2;
    if (cells.every((c) => c.trim() === "")) continue;
    const { input, bad } = rowToInput(type, names, cells);
    problems.push(...bad.map((b) => ({ row: rowNumber, column: b.column, message: say(b.message) })));
    const parsed = ZCreateRecordInputSchema.safeParse(input);
    if (!parsed.success) {
      for (const [path, messages] of Object.entries(localizeZodError(parsed.error, locale))) {
        for (const message of messages) problems.push({ row: rowNumber, column: columnForField(type, path), message });
      }
    }
    // Links are checked even when a field is wrong, so the dry run lists every problem at once.
    const links = await checkLinks(db, {
      countryIso3: /^[A-Z]{3}$/.test(String(input.countryIso3 ?? "")) ? String(input.countryIso3) : null,
      regionalOrganizationId: null,
      measures: (input.measures as string[]) ?? [],
      units: ((input.units as { document: string; locator: string }[]) ?? []).filter((u) => u.document && u.locator),
      evidence: [],
    });
    for (const p of links.problems) {
      problems.push({ row: rowNumber, column: columnForField(type, p.field), message: `${say(`validation.${p.key}`)} (${p.detail})` });
    }
    if (!parsed.success || links.problems.length || bad.length) continue;
    rows.push(parsed.data);
  }
  return { rows, problems };
}

export async function dryRunImport({ ctx, input, locale }: { ctx: AuthedServiceContext; input: z.output<typeof ZImportInputSchema>; locale: Locale }) {
  const { rows, problems } = await check(input.type, input.csv, locale);
  // Changes nothing, but who checked which file is worth keeping beside the import that may follow.
  await recordAuditEvent(db, ctx, {
    action: "record.import_dry_run",
    entityType: "record",
    entityId: input.type,
    after: { valid: rows.length, problems: problems.length },
  });
  return { valid: rows.length, problems };
}

export async function importRecords({ ctx, input, locale }: { ctx: AuthedServiceContext; input: z.output<typeof ZImportInputSchema>; locale: Locale }) {
  const { rows, problems } = await check(input.type, input.csv, locale);
  if (problems.length) {
    throw new AppError("VALIDATION", "the file has problems", { messageKey: "importHasProblems", details: { problems } });
  }
  if (rows.length === 0) throw new AppError("VALIDATION", "no rows", { messageKey: "importEmpty" });
  return db.transaction(async (tx) => {
    const ids: string[] = [];
    const countries = new Set<string | null>();
    for (const row of rows) {
      const inserted = await insertRecord(tx, ctx, row, { deferProgress: true });
      ids.push(inserted.id);
      if (inserted.reviewStatus === "published") countries.add(inserted.countryIso3);
    }
    await recomputeCountries(tx, [...countries]);
    await recordAuditEvent(tx, ctx, {
      action: "record.import",
      entityType: "record",
      entityId: ids[0]!,
      after: { type: input.type, count: ids.length, ids },
    });
    return { imported: ids.length };
  });
}
