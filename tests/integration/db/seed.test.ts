// Start-up seeding is idempotent, and the sample data is labelled and created only once — on both
// engines. Seeding samples needs an empty database, and the sample services write through the app's
// own client, so on PostgreSQL this file points that client at a fresh database of its own (created
// here, dropped afterwards) before it is first imported; the shared test database is never touched.
import { randomUUID } from "node:crypto";
import { count, eq, inArray } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "~/db/client";
import {
  advocacyAction,
  comment,
  country,
  countryScore,
  follow,
  organization,
  record,
  regionalOrganization,
  regionalOrganizationMember,
  task,
  user,
} from "~/db/schema";

const sharedUrl = process.env.DATABASE_URL;
const ownDatabase = sharedUrl ? `r2p_seed_${randomUUID().replace(/-/g, "").slice(0, 12)}` : null;
const admin = sharedUrl ? postgres(sharedUrl, { max: 1, onnotice: () => {} }) : null;

let db: Db;
let seedReference: (db: Db) => Promise<unknown>;
let seedSample: typeof import("~/server/seed/seed-sample").seedSample;
let closeDatabase: () => Promise<void> = async () => {};

beforeAll(async () => {
  if (admin && ownDatabase) {
    await admin.unsafe(`create database ${ownDatabase}`);
    const url = new URL(sharedUrl!);
    url.pathname = `/${ownDatabase}`;
    process.env.DATABASE_URL = url.toString();
  }
  // Imported only now, so the client opens the database chosen above.
  const client = await import("~/db/client");
  ({ seedReference } = await import("~/server/seed/seed-reference"));
  ({ seedSample } = await import("~/server/seed/seed-sample"));
  const { setupDatabase } = await import("../../helpers/factories");
  await setupDatabase();
  db = client.db;
  expect(client.databaseKind).toBe(sharedUrl ? "postgres" : "pglite");
  closeDatabase = () => client.dbHandle().close();
});

afterAll(async () => {
  await closeDatabase();
  if (admin && ownDatabase) {
    await admin.unsafe(`drop database if exists ${ownDatabase} with (force)`);
    await admin.end({ timeout: 5 });
  }
});

describe("seed", () => {
  it("upserts reference data without duplicating it", async () => {
    await seedReference(db);
    await seedReference(db);
    const [[states], [orgs], [links]] = await Promise.all([
      db.select({ n: count() }).from(country),
      db.select({ n: count() }).from(regionalOrganization),
      db.select({ n: count() }).from(regionalOrganizationMember),
    ]);
    expect(Number(states!.n)).toBe(195);
    expect(Number(orgs!.n)).toBeGreaterThanOrEqual(14);
    const [eu] = await db.select().from(regionalOrganization).where(eq(regionalOrganization.slug, "eu"));
    const euMembers = await db
      .select()
      .from(regionalOrganizationMember)
      .where(eq(regionalOrganizationMember.organizationId, eu!.id));
    expect(euMembers).toHaveLength(27);
    expect(Number(links!.n)).toBeGreaterThan(300);
  });

  it("creates labelled sample accounts once, only into an empty database", async () => {
    const created = await seedSample(db);
    expect(created.map((c) => c.role)).toEqual(["admin", "secretariat", "member", "parliamentarian"]);
    for (const c of created) expect(c.password.length).toBeGreaterThanOrEqual(12);
    const samples = await db.select().from(user).where(eq(user.isSample, true));
    expect(samples).toHaveLength(4);
    const [org] = await db.select().from(organization).where(eq(organization.isSample, true));
    expect(org?.name.en).toMatch(/sample/i);
    expect(await seedSample(db)).toEqual([]);

    // Sample records: published, waiting and draft, of each type, all labelled.
    const records = await db.select().from(record).where(eq(record.isSample, true));
    for (const type of ["commitment", "focal_point", "parliamentary_action"] as const) {
      const statuses = records.filter((r) => r.type === type).map((r) => r.reviewStatus);
      expect(statuses, type).toEqual(expect.arrayContaining(["published", "submitted", "draft"]));
    }
    expect(records.some((r) => r.reviewStatus === "published" && r.pendingRevisionId)).toBe(true);

    // Sample advocacy actions at each visibility, all of the sample organisation, with tasks and comments.
    const actions = await db.select().from(advocacyAction).where(eq(advocacyAction.isSample, true));
    expect(new Set(actions.map((a) => a.visibility))).toEqual(new Set(["coalition", "organization", "public"]));
    expect(new Set(actions.map((a) => a.organizationId))).toEqual(new Set([org!.id]));
    const actionIds = actions.map((a) => a.id);
    expect((await db.select().from(task).where(inArray(task.subjectId, actionIds))).length).toBeGreaterThanOrEqual(3);
    expect((await db.select().from(comment).where(inArray(comment.subjectId, actionIds))).length).toBeGreaterThanOrEqual(3);
  });

  it("gives a first start a world to look at: about twenty states in every region, over several years", async () => {
    const records = await db.select().from(record).where(eq(record.isSample, true));
    const states = [...new Set(records.map((r) => r.countryIso3).filter((c): c is string => !!c))];
    expect(states.length).toBeGreaterThanOrEqual(20);
    const regions = await db.selectDistinct({ region: country.regionCode }).from(country).where(inArray(country.iso3, states));
    const allRegions = await db.selectDistinct({ region: country.regionCode }).from(country);
    expect(regions.length).toBe(allRegions.length);
    // Every review state and every commitment status, over at least five years.
    expect(new Set(records.map((r) => r.reviewStatus))).toEqual(new Set(["draft", "submitted", "published", "changes_requested", "rejected"]));
    const commitmentStatuses = new Set(records.filter((r) => r.type === "commitment").map((r) => r.status));
    expect(commitmentStatuses).toEqual(new Set(["announced", "in_progress", "fulfilled", "stalled", "withdrawn"]));
    const years = new Set(records.filter((r) => r.reviewStatus === "published").map((r) => r.date.slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(5);
    // Focal points: a handover (one ends the day the next begins) and a vacancy (one ended, none since).
    const focal = records.filter((r) => r.type === "focal_point" && r.reviewStatus === "published");
    const byState = new Map<string, typeof focal>();
    for (const r of focal) byState.set(r.countryIso3!, [...(byState.get(r.countryIso3!) ?? []), r]);
    const handovers = [...byState.values()].filter((rs) => rs.length >= 2 && rs.some((r) => !r.endedOn) && rs.some((r) => r.endedOn));
    const vacancies = [...byState.values()].filter((rs) => rs.every((r) => r.endedOn));
    expect(handovers.length).toBeGreaterThan(0);
    expect(vacancies.length).toBeGreaterThan(0);
    // Scores move: some states have progress, and not all the same.
    const scores = await db.select().from(countryScore).where(inArray(countryScore.countryIso3, states));
    expect(new Set(scores.map((s) => s.overall)).size).toBeGreaterThan(3);
    // A parliamentarian, tied to a country, who follows it.
    const [mp] = await db.select().from(user).where(eq(user.email, "mp@sample.r2p.test"));
    expect(mp?.isSample).toBe(true);
    expect(await db.select().from(follow).where(eq(follow.userId, mp!.id))).toHaveLength(1);
  });
});
