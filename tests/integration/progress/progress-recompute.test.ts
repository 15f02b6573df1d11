// The derived progress tables follow published records in the same transaction: publishing, rejecting,
// approving a pending edit, editing, deleting, restoring, importing, and measure merges and deletions.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db/client";
import { countryMeasureStatus, countryScore, measure, record } from "~/db/schema";
import { recomputeAll, recomputeCountries } from "~/server/services/progress/recompute-progress";
import { callerFor, makeViewer, setupDatabase } from "../../helpers/factories";
import { makeMeasure } from "../../helpers/measures";
import { freshCountry } from "../../helpers/progress";
import { importCsv, recordInput } from "../../helpers/records";

const COUNTRIES = ["BTN", "LSO", "SUR", "TLS", "MNG", "BRN", "BHS", "BLZ", "BRB", "FJI", "TON", "WSM", "VUT"];
beforeAll(async () => {
  await setupDatabase();
  for (const iso3 of COUNTRIES) await freshCountry(iso3);
});

const ROME = "ratify-rome-statute";

async function idOf(slug: string) {
  const [m] = await db.select({ id: measure.id }).from(measure).where(eq(measure.slug, slug));
  return m!.id;
}

async function statusOf(iso3: string, slug: string) {
  const [row] = await db
    .select()
    .from(countryMeasureStatus)
    .where(and(eq(countryMeasureStatus.countryIso3, iso3), eq(countryMeasureStatus.measureId, await idOf(slug))));
  return row ?? null;
}

async function scoreOf(iso3: string) {
  const [row] = await db.select().from(countryScore).where(eq(countryScore.countryIso3, iso3));
  return row ?? null;
}

const commitment = (iso3: string, status: string, measures = [ROME], date = "2020-05-01") =>
  recordInput(null, { type: "commitment", countryIso3: iso3, status, measures, date });

describe("progress recomputation", () => {
  it("a staff save publishes and the country's status and score follow at once", async () => {
    const staff = callerFor(await makeViewer("secretariat"));
    const before = (await scoreOf("BTN"))?.overall ?? 0;
    const row = await staff.records.create(await commitment("BTN", "fulfilled"));
    const status = await statusOf("BTN", ROME);
    expect(status).toMatchObject({ status: "implemented", since: "2020-05-01", evidence: [{ type: "commitment", id: row.id }] });
    expect((await scoreOf("BTN"))!.overall).toBeGreaterThan(before);
    expect((await scoreOf("BTN"))!.lastEvidenceAt?.toISOString().slice(0, 10)).toBe("2020-05-01");
  });

  it("a member's proposal counts only once published; a rejection leaves no trace", async () => {
    const member = await makeViewer("member");
    const asMember = callerFor(member);
    const asStaff = callerFor(await makeViewer("secretariat"));
    const draft = await asMember.records.create({ ...(await commitment("LSO", "in_progress")), submit: true });
    expect(await statusOf("LSO", ROME)).toBeNull();
    await asStaff.records.decide({ id: draft.id, version: draft.version, decision: "published", message: "" });
    expect((await statusOf("LSO", ROME))?.status).toBe("in_progress");

    const other = await asMember.records.create({ ...(await commitment("SUR", "fulfilled")), submit: true });
    await asStaff.records.decide({ id: other.id, version: other.version, decision: "rejected", message: "No source" });
    expect(await statusOf("SUR", ROME)).toBeNull();
  });

  it("a pending edit of a published record changes nothing until approved", async () => {
    const member = await makeViewer("member");
    const asMember = callerFor(member);
    const asStaff = callerFor(await makeViewer("secretariat"));
    const proposed = await asMember.records.create({ ...(await commitment("TLS", "fulfilled")), submit: true });
    const published = await asStaff.records.decide({ id: proposed.id, version: proposed.version, decision: "published", message: "" });
    expect((await statusOf("TLS", ROME))?.status).toBe("implemented");

    const edited = await asMember.records.update({ ...(await commitment("TLS", "withdrawn")), id: published.id, version: published.version });
    expect((await statusOf("TLS", ROME))?.status).toBe("implemented");
    await asStaff.records.decide({ id: edited.id, version: edited.version, decision: "published", message: "" });
    expect(await statusOf("TLS", ROME)).toMatchObject({ status: "regressed", evidence: [{ type: "commitment", id: published.id }] });
  });

  it("a staff edit moving a record to another country recomputes both", async () => {
    const staff = callerFor(await makeViewer("secretariat"));
    const row = await staff.records.create(await commitment("MNG", "fulfilled"));
    expect((await statusOf("MNG", ROME))?.status).toBe("implemented");
    await staff.records.update({ ...(await commitment("BRN", "fulfilled")), id: row.id, version: row.version });
    expect(await statusOf("MNG", ROME)).toBeNull();
    expect((await statusOf("BRN", ROME))?.status).toBe("implemented");
  });

  it("deleting a published record removes its effect; restoring it brings it back", async () => {
    const staff = callerFor(await makeViewer("secretariat"));
    const row = await staff.records.create(await commitment("BHS", "announced"));
    expect((await statusOf("BHS", ROME))?.status).toBe("committed");
    await staff.records.delete({ id: row.id });
    expect(await statusOf("BHS", ROME)).toBeNull();
    await staff.records.restore({ id: row.id });
    expect((await statusOf("BHS", ROME))?.status).toBe("committed");
  });

  it("restoring an earlier revision of a published record recomputes", async () => {
    const staff = callerFor(await makeViewer("secretariat"));
    const row = await staff.records.create(await commitment("BLZ", "fulfilled"));
    const edited = await staff.records.update({ ...(await commitment("BLZ", "withdrawn")), id: row.id, version: row.version });
    expect((await statusOf("BLZ", ROME))?.status).toBe("regressed");
    const history = await staff.records.history({ id: row.id });
    const first = history.find((r) => r.number === 1)!;
    await staff.records.restoreRevision({ id: row.id, version: edited.version, revisionId: first.id });
    expect((await statusOf("BLZ", ROME))?.status).toBe("implemented");
  });

  it("focal points: an appointment in force implements, an ending with no successor regresses", async () => {
    const staff = callerFor(await makeViewer("secretariat"));
    const fp = await staff.records.create(
      await recordInput(null, { type: "focal_point", countryIso3: "BRB", date: "2017-01-01", network: true, measures: ["appoint-national-r2p-focal-point"] }),
    );
    expect(await statusOf("BRB", "appoint-national-r2p-focal-point")).toMatchObject({ status: "implemented", since: "2017-01-01" });
    expect((await statusOf("BRB", "join-global-network-of-r2p-focal-points"))?.status).toBe("implemented");
    await staff.records.update({
      ...(await recordInput(null, { type: "focal_point", countryIso3: "BRB", date: "2017-01-01", endedOn: "2020-01-01", network: true, measures: ["appoint-national-r2p-focal-point"] })),
      id: fp.id,
      version: fp.version,
    });
    expect(await statusOf("BRB", "appoint-national-r2p-focal-point")).toMatchObject({ status: "regressed", since: "2020-01-01" });
  });

  it("a CSV import recomputes every country it published into, once", async () => {
    const staff = callerFor(await makeViewer("secretariat"));
    const csv = importCsv([
      { country: "FJI", status: "fulfilled", measures: ROME },
      { country: "TON", status: "announced", measures: ROME },
    ]);
    await staff.records.import({ type: "commitment", csv });
    expect((await statusOf("FJI", ROME))?.status).toBe("implemented");
    expect((await statusOf("TON", ROME))?.status).toBe("committed");
  });

  it("merging a measure moves its records' effect to the survivor; deleting a measure drops its statuses", async () => {
    const staff = await makeViewer("secretariat");
    const asStaff = callerFor(staff);
    const survivor = await makeMeasure();
    const merged = await makeMeasure();
    await asStaff.records.create(await commitment("WSM", "in_progress", [merged.slug]));
    expect((await statusOf("WSM", merged.slug))?.status).toBe("in_progress");
    await asStaff.measures.merge({ survivorId: survivor.id, mergedSlug: merged.slug });
    expect(await statusOf("WSM", merged.slug)).toBeNull();
    expect((await statusOf("WSM", survivor.slug))?.status).toBe("in_progress");
    await asStaff.measures.delete({ id: survivor.id });
    expect(await statusOf("WSM", survivor.slug)).toBeNull();
  });

  it("a failed transaction leaves the tables as they were", async () => {
    const staff = await makeViewer("secretariat");
    const row = await callerFor(staff).records.create(await commitment("VUT", "fulfilled"));
    const scoreBefore = (await scoreOf("VUT"))!.overall;
    expect(scoreBefore).toBeGreaterThan(0);
    // Inside the transaction the record is withdrawn and the recompute sees it: the status goes. The
    // transaction then fails, and both the record's effect and the score must be back as they were.
    const romeId = await idOf(ROME);
    let seenInside: unknown = "not reached";
    await expect(
      db.transaction(async (tx) => {
        await tx.update(record).set({ status: "withdrawn" }).where(eq(record.id, row.id));
        await recomputeCountries(tx, ["VUT"]);
        const [inside] = await tx
          .select({ status: countryMeasureStatus.status })
          .from(countryMeasureStatus)
          .where(and(eq(countryMeasureStatus.countryIso3, "VUT"), eq(countryMeasureStatus.measureId, romeId)));
        seenInside = inside?.status;
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    expect(seenInside).toBe("regressed");
    expect(await statusOf("VUT", ROME)).toMatchObject({ status: "implemented", evidence: [{ type: "commitment", id: row.id }] });
    expect((await scoreOf("VUT"))!.overall).toBe(scoreBefore);
  });

  it("recomputeAll writes a score row for every country and agrees with per-country recomputation", async () => {
    const before = await db.select().from(countryMeasureStatus).where(eq(countryMeasureStatus.countryIso3, "BTN"));
    await db.transaction((tx) => recomputeAll(tx));
    const after = await db.select().from(countryMeasureStatus).where(eq(countryMeasureStatus.countryIso3, "BTN"));
    const strip = (rows: typeof before) => rows.map(({ computedAt: _, ...r }) => r).sort((a, b) => a.measureId.localeCompare(b.measureId));
    expect(strip(after)).toEqual(strip(before));
    const scores = await db.select({ iso3: countryScore.countryIso3 }).from(countryScore);
    expect(scores.length).toBeGreaterThanOrEqual(193);
  });
});
