// Records for tests: valid inputs for each type, and records in a given workflow state.
import { asc, eq } from "drizzle-orm";
import { db } from "~/db/client";
import { measure, record } from "~/db/schema";
import type { Viewer } from "~/server/auth/policy";
import type { TCreateRecordInput } from "~/server/services/records/record-schemas";
import { ZCreateRecordInputSchema } from "~/server/services/records/record-schemas";
import { createRecord } from "~/server/services/records/save-record";
import { makeViewer, unique } from "./factories";

export async function firstMeasureSlugs(n = 2) {
  const rows = await db.select({ slug: measure.slug }).from(measure).orderBy(asc(measure.slug)).limit(n);
  return rows.map((r) => r.slug);
}

/**
 * Overrides as the tests write them: `titleEn`/`titleZh` are shorthand for the English and Chinese
 * entries of the title map (decision 027); the rest are input fields.
 */
export type RecordOverrides = Partial<TCreateRecordInput> & { titleEn?: string; titleZh?: string };

/** A valid create input for the viewer: parliamentarians get a parliamentary action in their country. */
export async function recordInput(viewer: Viewer | null, { titleEn, titleZh, ...overrides }: RecordOverrides = {}) {
  const parliamentarian = viewer?.role === "parliamentarian";
  const type = overrides.type ?? (parliamentarian ? "parliamentary_action" : "commitment");
  const base = {
    type,
    countryIso3: parliamentarian ? (viewer?.countryIso3 ?? "KEN") : "KEN",
    title: { en: titleEn ?? unique("Record"), zh: titleZh ?? "记录" },
    date: "2026-05-01",
    measures: await firstMeasureSlugs(1),
    units: [{ document: "a-72-884", locator: "45(a)" }],
    evidence: [{ kind: "url" as const, url: "https://example.org/evidence", label: "Statement" }],
    ...(type === "commitment" ? { kind: "pledge", venue: "general_assembly", status: "announced" } : {}),
    ...(type === "focal_point" ? { office: "Ministry of Foreign Affairs", positionTitle: "Director" } : {}),
    ...(type === "parliamentary_action" ? { kind: "hearing", status: "ongoing", chamber: "National Assembly" } : {}),
  };
  return { ...base, ...overrides };
}

/** A record owned by `owner` (a fresh member by default), moved to the given review status. */
export async function makeRecord(
  opts: { owner?: Viewer; reviewStatus?: (typeof record.$inferSelect)["reviewStatus"]; overrides?: RecordOverrides } = {},
) {
  const owner = opts.owner ?? (await makeViewer("member"));
  const input = ZCreateRecordInputSchema.parse(await recordInput(owner, opts.overrides));
  const row = await createRecord({ ctx: { viewer: owner, requestId: "test" }, input });
  if (opts.reviewStatus && opts.reviewStatus !== row.reviewStatus) {
    const [moved] = await db
      .update(record)
      .set({ reviewStatus: opts.reviewStatus, version: row.version + 1 })
      .where(eq(record.id, row.id))
      .returning();
    return { owner, row: moved! };
  }
  return { owner, row };
}

/** A commitment CSV in the import format; `rows` override cells by column name. */
export function importCsv(rows: Record<string, string>[] = [{}]) {
  const header = ["country", "title_zh", "title_en", "description_zh", "description_en", "date", "kind", "venue", "status", "treaty", "measures", "units", "evidence", "notes"];
  const base: Record<string, string> = {
    country: "KEN",
    title_en: unique("Imported"),
    date: "2026-02-01",
    kind: "pledge",
    venue: "general_assembly",
    status: "announced",
    units: "a-72-884#45(a)",
    evidence: "https://example.org/a; https://example.org/b",
  };
  const line = (cells: string[]) => cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",");
  return [line(header), ...rows.map((r) => line(header.map((h) => ({ ...base, title_en: unique("Imported"), ...r })[h] ?? "")))].join("\n") + "\n";
}
