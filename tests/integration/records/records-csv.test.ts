// CSV import and export of records: the template, a dry run naming row, column and message, an
// import that applies all rows or none, and exports that hold only what the person may see.
import { TRPCError } from "@trpc/server";
import { count, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db/client";
import { record } from "~/db/schema";
import { parseCsv } from "~/server/csv/rfc4180";
import { callerFor, makeViewer, setupDatabase, unique } from "../../helpers/factories";
import { importCsv, makeRecord } from "../../helpers/records";

beforeAll(setupDatabase);

const countByTitle = async (title: string) =>
  Number((await db.select({ n: count() }).from(record).where(sql`${record.title} ->> 'en' = ${title}`))[0]?.n ?? 0);

describe("records CSV", () => {
  it("offers a template whose header the import accepts", async () => {
    const template = await callerFor(null).records.template({ type: "focal_point" });
    expect(parseCsv(template.content)[0]).toContain("appointed_on");
    const staff = callerFor(await makeViewer("secretariat"));
    const result = await staff.records.importDryRun({ type: "focal_point", csv: template.content });
    expect(result).toEqual({ valid: 0, problems: [] });
  });

  it("lists every problem by row, column and message in a dry run", async () => {
    const staff = callerFor(await makeViewer("secretariat"));
    const csv = importCsv([{}, { country: "XXX", kind: "promise" }, { units: "a-72-884#999", date: "soon" }]);
    const result = await staff.records.importDryRun({ type: "commitment", csv });
    expect(result.valid).toBe(1);
    const where = result.problems.map((p) => `${p.row}:${p.column}`);
    expect(where).toContain("3:kind");
    // An unknown country is found in the same pass as the wrong kind: every problem at once.
    expect(where).toContain("3:country");
    expect(where).toContain("4:date");
    expect(where).toContain("4:units");
    expect(result.problems.every((p) => p.message.length > 0)).toBe(true);
    const missing = await staff.records.importDryRun({ type: "commitment", csv: "country,title_en\nKEN,x\n" });
    expect(missing.problems).toContainEqual(expect.objectContaining({ row: 1, column: "venue" }));
  });

  it("imports nothing when one row is bad, and everything when all are good", async () => {
    const staff = callerFor(await makeViewer("secretariat"));
    const good = unique("Good");
    const bad = await staff.records
      .import({ type: "commitment", csv: importCsv([{ title_en: good }, { measures: "no-such-measure" }]) })
      .catch((e: unknown) => e as TRPCError);
    expect((bad as TRPCError).code).toBe("BAD_REQUEST");
    expect(((bad as TRPCError).cause as { details?: { problems?: unknown[] } }).details?.problems).toHaveLength(1);
    expect(await countByTitle(good)).toBe(0);

    const done = await staff.records.import({ type: "commitment", csv: importCsv([{ title_en: good }, {}]) });
    expect(done).toEqual({ imported: 2 });
    expect(await countByTitle(good)).toBe(1);
  });

  it("imports a member's rows as their organisation's drafts", async () => {
    const member = await makeViewer("member");
    const title = unique("Member import");
    await callerFor(member).records.import({ type: "commitment", csv: importCsv([{ title_en: title }]) });
    const [row] = await db.select().from(record).where(sql`${record.title} ->> 'en' = ${title}`);
    expect(row).toMatchObject({ reviewStatus: "draft", organizationId: member.organizationId });
  });

  it("exports only what the person may see, as CSV or JSON", async () => {
    const country = "MWI";
    const published = await makeRecord({ owner: await makeViewer("secretariat"), overrides: { countryIso3: country } });
    const draft = await makeRecord({ reviewStatus: "draft", overrides: { countryIso3: country } });
    const anonymous = await callerFor(null).records.export({ type: "commitment", format: "csv", country });
    const ids = parseCsv(anonymous.content).map((r) => r[0]);
    expect(ids).toContain(published.row.id);
    expect(ids).not.toContain(draft.row.id);

    const owner = await callerFor(draft.owner).records.export({ type: "commitment", format: "json", country });
    const items = (JSON.parse(owner.content) as { items: { id: string }[] }).items.map((i) => i.id);
    expect(items).toEqual(expect.arrayContaining([published.row.id, draft.row.id]));
  });
});
