// Start-up seeding is idempotent, and the sample data is labelled and created only once — on both
// engines. Seeding samples needs an empty database, and the sample services write through the app's
// own client, so on PostgreSQL this file points that client at a fresh database of its own (created
// here, dropped afterwards) before it is first imported; the shared test database is never touched.
import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "~/db/client";
import { advocacyAction, country, organization, record, regionalOrganization, regionalOrganizationMember, user } from "~/db/schema";

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
  const { setupDatabase } = await import("../helpers/factories");
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
    expect(created.map((c) => c.role)).toEqual(["admin", "secretariat", "member"]);
    for (const c of created) expect(c.password.length).toBeGreaterThanOrEqual(12);
    const samples = await db.select().from(user).where(eq(user.isSample, true));
    expect(samples).toHaveLength(3);
    const [org] = await db.select().from(organization).where(eq(organization.isSample, true));
    expect(org?.name).toMatch(/sample/i);
    expect(await seedSample(db)).toEqual([]);

    // Sample records: published, waiting and draft, of each type, all labelled.
    const records = await db.select().from(record).where(eq(record.isSample, true));
    for (const type of ["commitment", "focal_point", "parliamentary_action"] as const) {
      const statuses = records.filter((r) => r.type === type).map((r) => r.reviewStatus);
      expect(statuses, type).toEqual(expect.arrayContaining(["published", "submitted", "draft"]));
    }
    expect(records.some((r) => r.reviewStatus === "published" && r.pendingRevisionId)).toBe(true);

    // Sample advocacy actions, one at each visibility, all of the sample organisation.
    const actions = await db.select().from(advocacyAction).where(eq(advocacyAction.isSample, true));
    expect(actions.map((a) => a.visibility).sort()).toEqual(["coalition", "organization", "public"]);
    expect(new Set(actions.map((a) => a.organizationId))).toEqual(new Set([org!.id]));
  });
});
