// The audit trail: append-only at the database, complete with before/after, browsable by admins.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db/client";
import { auditEvent } from "~/db/schema";
import { callerFor, makeViewer, setupDatabase, unique } from "../../helpers/factories";

beforeAll(setupDatabase);

describe("audit trail", () => {
  it("records who changed what, before and after, under the request id", async () => {
    const adminViewer = await makeViewer("admin");
    const requestId = randomUUID();
    const slug = unique("audited");
    const admin = callerFor(adminViewer, requestId);
    const org = await admin.organizations.create({ name: { en: "Before" }, slug });
    await admin.organizations.update({ id: org.id, version: 1, name: { en: "After" }, slug });

    const events = await db.select().from(auditEvent).where(eq(auditEvent.requestId, requestId));
    expect(events.map((e) => e.action).sort()).toEqual(["organization.create", "organization.update"]);
    const update = events.find((e) => e.action === "organization.update")!;
    expect(update).toMatchObject({ actorId: adminViewer.id, entityType: "organization", entityId: org.id });
    expect(update.before).toMatchObject({ name: { en: "Before" }, version: 1 });
    expect(update.after).toMatchObject({ name: { en: "After" }, version: 2 });
  });

  it("cannot be updated or deleted, by anyone", async () => {
    // A row of this test's own: the trigger fires per row, so a statement matching nothing would pass.
    const requestId = randomUUID();
    await callerFor(await makeViewer("admin"), requestId).organizations.create({ name: { en: "Kept" }, slug: unique("kept") });
    const [event] = await db.select().from(auditEvent).where(eq(auditEvent.requestId, requestId));
    expect(event?.action).toBe("organization.create");
    // 42501 insufficient_privilege, raised by the append-only trigger (migration 0001).
    await expect(db.update(auditEvent).set({ action: "tampered" }).where(eq(auditEvent.id, event!.id))).rejects.toMatchObject({ cause: { code: "42501" } });
    await expect(db.delete(auditEvent).where(eq(auditEvent.id, event!.id))).rejects.toMatchObject({ cause: { code: "42501" } });
    const [after] = await db.select().from(auditEvent).where(eq(auditEvent.id, event!.id));
    expect(after?.action).toBe("organization.create");
  });

  it("is filterable by admins by action, entity and actor", async () => {
    const adminViewer = await makeViewer("admin");
    const admin = callerFor(adminViewer);
    const slug = unique("filtered");
    const org = await admin.organizations.create({ name: { en: "Filtered" }, slug });
    const byEntity = await admin.admin.auditEvents({ entityType: "organization", entityId: org.id });
    expect(byEntity.items.map((e) => e.action)).toEqual(["organization.create"]);
    const byActor = await admin.admin.auditEvents({ actorEmail: adminViewer.email.toUpperCase() });
    expect(byActor.items.every((e) => e.actorEmail === adminViewer.email)).toBe(true);
    expect(byActor.total).toBeGreaterThanOrEqual(1);
  });

  it("never stores secrets", async () => {
    const admin = callerFor(await makeViewer("admin"));
    const email = `${unique("secret")}@example.test`;
    await admin.users.invite({ email, role: "secretariat", locale: "en" });
    const rows = await db.select().from(auditEvent).where(eq(auditEvent.action, "invitation.create"));
    for (const row of rows) expect(JSON.stringify(row.after)).not.toMatch(/tokenHash|passwordHash/);
  });
});
