// Dated status history (decision 025): a commitment's three events give three statuses "as of" three
// dates, the trend bends where the events are, and existing records migrate to one event each.
import { readFileSync } from "node:fs";
import path from "node:path";
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db/client";
import { countryMeasureStatus, measure, record, recordStatusEvent } from "~/db/schema";
import { countryProgressAsOf, countryTrend } from "~/server/services/progress/get-country-progress";
import { callerFor, makeViewer, setupDatabase } from "../../helpers/factories";
import { freshCountry } from "../../helpers/progress";
import { recordInput } from "../../helpers/records";

const ISO3 = "MDV";
const ROME = "ratify-rome-statute";

beforeAll(async () => {
  await setupDatabase();
  await freshCountry(ISO3);
});

const romeOf = (p: { statuses: { measure: string; status: string; since: string }[] }) => p.statuses.find((s) => s.measure === ROME) ?? null;

describe("a commitment's status history", () => {
  it("announced 2019, in progress 2021 (staff), fulfilled 2024 (a member proposes, the secretariat publishes)", async () => {
    const secretariat = callerFor(await makeViewer("secretariat"));
    const member = await makeViewer("member");
    const rec = await secretariat.records.create(
      await recordInput(null, { type: "commitment", countryIso3: ISO3, status: "announced", date: "2019-03-01", measures: [ROME] }),
    );
    // The opening event is written in the same transaction as the publication.
    const opening = await db.select().from(recordStatusEvent).where(eq(recordStatusEvent.recordId, rec.id));
    expect(opening).toMatchObject([{ origin: "opening", date: "2019-03-01", status: "announced", reviewStatus: "published" }]);

    await secretariat.statusEvents.propose({ recordId: rec.id, date: "2021-06-15", status: "in_progress", evidenceUrl: "https://example.org/bill" });
    const proposed = await callerFor(member).statusEvents.propose({ recordId: rec.id, date: "2024-02-01", status: "fulfilled", note: "Ratified" });
    expect(proposed.reviewStatus).toBe("submitted");

    // Not published yet: the country still reads "in progress", the member sees their proposal, the public does not.
    expect((await romeOf((await countryProgressAsOf(ISO3, ["2025-01-01"]))[0]!))?.status).toBe("in_progress");
    expect((await callerFor(member).statusEvents.list({ recordId: rec.id })).items.map((e) => e.status)).toEqual(["announced", "in_progress", "fulfilled"]);
    expect((await callerFor(null).statusEvents.list({ recordId: rec.id })).items.map((e) => e.status)).toEqual(["announced", "in_progress"]);
    const queue = await secretariat.statusEvents.queue({});
    expect(queue.items.find((e) => e.id === proposed.id)).toMatchObject({ record: { id: rec.id, status: "in_progress" } });

    await secretariat.statusEvents.decide({ id: proposed.id, version: proposed.version, decision: "published" });

    const [y2020, y2022, y2025] = await countryProgressAsOf(ISO3, ["2020-01-01", "2022-01-01", "2025-01-01"]);
    expect(romeOf(y2020!)).toMatchObject({ status: "committed", since: "2019-03-01" });
    expect(romeOf(y2022!)).toMatchObject({ status: "in_progress", since: "2021-06-15" });
    expect(romeOf(y2025!)).toMatchObject({ status: "implemented", since: "2024-02-01" });

    // The stored (today's) status and the record's own status follow the latest event.
    const [m] = await db.select({ id: measure.id }).from(measure).where(eq(measure.slug, ROME));
    const [stored] = await db
      .select()
      .from(countryMeasureStatus)
      .where(and(eq(countryMeasureStatus.countryIso3, ISO3), eq(countryMeasureStatus.measureId, m!.id)));
    expect(stored).toMatchObject({ status: "implemented", since: "2024-02-01" });
    const [now] = await db.select().from(record).where(eq(record.id, rec.id));
    expect(now!.status).toBe("fulfilled");

    // The trend: flat before 2019, up a step in 2021 (in progress counts half) and again in 2024 (implemented).
    const trend = await countryTrend(ISO3, 10, "2026-06-01");
    const at = (year: number) => trend.find((p) => p.asOf === `${year}-12-31`)!.scores.overall;
    expect(at(2018)).toBe(at(2019));
    expect(at(2021)).toBeGreaterThan(at(2020));
    expect(at(2022)).toBe(at(2021));
    expect(at(2024)).toBeGreaterThan(at(2023));
    // Scores are rounded to 4 decimals: the two half-steps agree to that.
    expect(at(2024) - at(2023)).toBeCloseTo(at(2021) - at(2020), 3);

    // Its status now moves only by events: changing it in the record form is refused, field by field.
    await expect(
      secretariat.records.update({
        ...(await recordInput(null, { type: "commitment", countryIso3: ISO3, status: "withdrawn", date: "2019-03-01", measures: [ROME] })),
        id: rec.id,
        version: now!.version,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("refuses a status of another type, a date before the record, and a focal point", async () => {
    const secretariat = callerFor(await makeViewer("secretariat"));
    const rec = await secretariat.records.create(
      await recordInput(null, { type: "commitment", countryIso3: ISO3, status: "announced", date: "2020-03-01", measures: [ROME] }),
    );
    await expect(secretariat.statusEvents.propose({ recordId: rec.id, date: "2021-01-01", status: "adopted" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(secretariat.statusEvents.propose({ recordId: rec.id, date: "2019-01-01", status: "fulfilled" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const fp = await secretariat.records.create(await recordInput(null, { type: "focal_point", countryIso3: ISO3, date: "2020-01-01" }));
    await expect(secretariat.statusEvents.propose({ recordId: fp.id, date: "2021-01-01", status: "fulfilled" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    // A member cannot add to a record nobody published; an unknown id is "not found", not a 500.
    const member = callerFor(await makeViewer("member"));
    await expect(member.statusEvents.propose({ recordId: crypto.randomUUID(), date: "2021-01-01", status: "fulfilled" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("migration 0009", () => {
  it("gives every commitment and parliamentary action with a status one opening event with its date and status", async () => {
    const file = readFileSync(path.join(process.cwd(), "db/migrations/0009_status_events.sql"), "utf8");
    const backfill = file.slice(file.lastIndexOf("INSERT INTO"));
    const secretariat = callerFor(await makeViewer("secretariat"));
    const bill = await secretariat.records.create(
      await recordInput(null, { type: "parliamentary_action", countryIso3: ISO3, kind: "bill_introduced", status: "ongoing", date: "2018-04-04", chamber: "Majlis" }),
    );
    const rolledBack = new Error("rolled back");
    await expect(
      db.transaction(async (tx) => {
        // Replay the migration's backfill on a table emptied inside this transaction, then undo it all.
        await tx.execute(sql`delete from record_status_event`);
        await tx.execute(sql.raw(backfill));
        const rows = await tx.select().from(recordStatusEvent).where(eq(recordStatusEvent.recordId, bill.id));
        expect(rows).toMatchObject([{ origin: "opening", date: "2018-04-04", status: "ongoing", reviewStatus: "published" }]);
        const count = async (q: ReturnType<typeof sql>) => {
          const r = await tx.execute<{ n: number }>(q);
          return Number((Array.isArray(r) ? r : (r as unknown as { rows: { n: number }[] }).rows)[0]!.n);
        };
        const eventful = await count(sql`select count(*)::int as n from record where type in ('commitment', 'parliamentary_action') and status is not null`);
        expect(await count(sql`select count(*)::int as n from record_status_event`)).toBe(eventful);
        throw rolledBack;
      }),
    ).rejects.toBe(rolledBack);
    expect(await db.select().from(recordStatusEvent).where(eq(recordStatusEvent.recordId, bill.id))).toHaveLength(1);
  });
});
