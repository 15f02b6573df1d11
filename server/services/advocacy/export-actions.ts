// Actions the caller may see, filtered like the list, as CSV (one row per action, lists joined by
// semicolons) or JSON (the detail shape). Same where clause as the list: nothing else leaks.
import { textIn } from "~/db/localized-text";
import { asc, desc } from "drizzle-orm";
import type { z } from "zod";
import { db } from "~/db/client";
import { advocacyAction } from "~/db/schema";
import { inCoalition } from "~/server/auth/policy";
import type { ClientServiceContext } from "~/server/services/context";
import { exportRowCap, limitExports } from "~/server/services/export-limits";
import { toCsv } from "~/server/csv/rfc4180";
import { type ActionDetail, loadActionDetails } from "./action-details";
import { ZExportActionsInputSchema } from "./action-schemas";
import { actionsWhere } from "./list-actions";

export const ACTION_CSV_HEADER = [
  "id",
  "date",
  "kind",
  "title",
  "countries",
  "organization",
  "authors",
  "targets",
  "summary",
  "outcome_kind",
  "outcome",
  "measures",
  "units",
  "records",
  "attachments",
  "visibility",
] as const;

function toRow(a: ActionDetail, fileUrl: (id: string) => string, withAuthors: boolean): string[] {
  return [
    a.id,
    a.date,
    a.kind,
    a.title,
    a.countries.map((c) => c.iso3).join("; "),
    // A CSV cell holds one name: the coalition's working language first (fallbackOrder of English).
    textIn(a.organizationName, "en"),
    withAuthors ? a.authors.map((p) => p.name).join("; ") : "",
    a.targets.map((t) => `${t.kind}: ${t.name}`).join("; "),
    a.summary,
    a.outcomeKind,
    a.outcome,
    a.measures.map((m) => m.slug).join("; "),
    a.units.map((u) => `${u.document}#${u.locator}`).join("; "),
    a.records.map((r) => r.id).join("; "),
    a.attachments.map((f) => (f.kind === "url" ? f.url : fileUrl(f.uploadId))).join("; "),
    a.visibility,
  ];
}

/** Without the internal ids of people and the edit bookkeeping: what a reader of the file needs.
 *  The public API leaves out the authors' names too (people, unlike organisations, are not public). */
function toJson(a: ActionDetail, opts: { authors: boolean } = { authors: true }) {
  return {
    id: a.id,
    date: a.date,
    kind: a.kind,
    title: a.title,
    summary: a.summary,
    outcomeKind: a.outcomeKind,
    outcome: a.outcome,
    visibility: a.visibility,
    organization: a.organizationName,
    ...(opts.authors ? { authors: a.authors.map((p) => p.name) } : {}),
    countries: a.countries.map((c) => c.iso3),
    targets: a.targets,
    measures: a.measures.map((m) => m.slug),
    units: a.units.map((u) => ({ document: u.document, locator: u.locator })),
    records: a.records.map((r) => r.id),
    attachments: a.attachments.map((f) =>
      f.kind === "url"
        ? { kind: f.kind, url: f.url, label: f.label }
        : { kind: f.kind, file: `/api/files/${f.uploadId}`, filename: f.filename, label: f.label },
    ),
    isSample: a.isSample,
  };
}

export async function exportActions({ ctx, input: raw }: { ctx: ClientServiceContext; input: z.input<typeof ZExportActionsInputSchema> }) {
  const input = ZExportActionsInputSchema.parse(raw);
  const { viewer } = ctx;
  await limitExports(ctx);
  const ids = await db
    .select({ id: advocacyAction.id })
    .from(advocacyAction)
    .where(actionsWhere(viewer, input))
    .orderBy(desc(advocacyAction.date), asc(advocacyAction.id))
    .limit(exportRowCap(viewer));
  const items = await loadActionDetails(
    viewer,
    ids.map((r) => r.id),
  );
  // People's names are for the coalition; anyone else gets the organisation only (as on the page).
  const withAuthors = inCoalition(viewer);
  const stamp = new Date().toISOString().slice(0, 10);
  if (input.format === "json") {
    return {
      filename: `actions-${stamp}.json`,
      mime: "application/json",
      content: JSON.stringify({ items: items.map((a) => toJson(a, { authors: withAuthors })) }, null, 2),
    };
  }
  const rows = items.map((a) => toRow(a, (id) => `/api/files/${id}`, withAuthors));
  return {
    filename: `actions-${stamp}.csv`,
    mime: "text/csv",
    content: toCsv([[...ACTION_CSV_HEADER], ...rows]),
  };
}

export { toJson as actionToJson };
