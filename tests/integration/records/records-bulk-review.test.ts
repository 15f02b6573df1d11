// The secretariat decides several proposals at once (decision 024): one decision and one message, and
// still one audit event, one decision row and one notification per proposal; a conflict on one is
// reported for that one while the others go through.
import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db/client";
import { auditEvent, notification, record, recordDecision } from "~/db/schema";
import { callerFor, makeViewer, setupDatabase } from "../../helpers/factories";
import { recordInput } from "../../helpers/records";

beforeAll(setupDatabase);

const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as TRPCError);

async function proposals(n: number) {
  const member = await makeViewer("member");
  const rows = [];
  for (let i = 0; i < n; i++) rows.push(await callerFor(member).records.create(await recordInput(member, { countryIso3: "KHM", submit: true })));
  return { member, rows };
}

describe("bulk review", () => {
  it("publishes three proposals at once, each with its own audit event, decision and notification", async () => {
    const staff = await makeViewer("secretariat");
    const { member, rows } = await proposals(3);
    const requestId = randomUUID();
    const result = await callerFor(staff, requestId).records.decideMany({
      items: rows.map((r) => ({ id: r.id, version: r.version })),
      decision: "published",
      message: "",
    });
    expect(result).toMatchObject({ decided: 3, failed: 0 });
    expect(result.items.map((i) => [i.id, i.ok, i.reviewStatus])).toEqual(rows.map((r) => [r.id, true, "published"]));

    const ids = rows.map((r) => r.id);
    const now = await db.select().from(record).where(inArray(record.id, ids));
    expect(now.every((r) => r.reviewStatus === "published" && r.publishedAt)).toBe(true);
    const events = await db.select().from(auditEvent).where(eq(auditEvent.requestId, requestId));
    expect(events.map((e) => [e.action, e.entityId]).sort()).toEqual(ids.map((id) => ["record.decide", id]).sort());
    expect(await db.select().from(recordDecision).where(inArray(recordDecision.recordId, ids))).toHaveLength(3);
    const told = await db.select().from(notification).where(eq(notification.userId, member.id));
    expect(told.filter((n) => n.kind === "decided").map((n) => n.subjectId).sort()).toEqual([...ids].sort());
  });

  it("sends back with one message to every submitter, and reports a conflict on one without undoing the others", async () => {
    const staff = await makeViewer("secretariat");
    const { member, rows } = await proposals(3);
    const [first, second, third] = rows as [(typeof rows)[0], (typeof rows)[0], (typeof rows)[0]];
    // Someone decided the second one meanwhile: the bulk decision holds a stale version of it.
    await callerFor(await makeViewer("admin")).records.decide({ id: second.id, version: second.version, decision: "rejected", message: "Duplicate" });

    const result = await callerFor(staff, randomUUID()).records.decideMany({
      items: [first, second, third].map((r) => ({ id: r.id, version: r.version })),
      decision: "changes_requested",
      message: "Cite the statement's paragraph.",
    });
    expect(result).toMatchObject({ decided: 2, failed: 1 });
    const bad = result.items.find((i) => i.id === second.id)!;
    expect(bad).toMatchObject({ ok: false, reviewStatus: null, error: { code: "CONFLICT", messageKey: "staleVersion" } });
    expect(bad.error!.message).toMatch(/Someone else saved a change/);
    const [stillRejected] = await db.select().from(record).where(eq(record.id, second.id));
    expect(stillRejected!.reviewStatus).toBe("rejected");
    const decisions = await db.select().from(recordDecision).where(inArray(recordDecision.recordId, [first.id, third.id]));
    expect(decisions.map((d) => d.message)).toEqual(["Cite the statement's paragraph.", "Cite the statement's paragraph."]);
    const told = await db.select().from(notification).where(eq(notification.userId, member.id));
    expect(told.filter((n) => (n.payload as { decision?: string }).decision === "changes_requested")).toHaveLength(2);
  });

  it("refuses a missing message, duplicates, an empty or oversized list, and non-staff callers", async () => {
    const staff = callerFor(await makeViewer("secretariat"));
    const { member, rows } = await proposals(1);
    const item = { id: rows[0]!.id, version: rows[0]!.version };
    const noMessage = await failure(staff.records.decideMany({ items: [item], decision: "rejected", message: "" }));
    expect(noMessage?.code).toBe("BAD_REQUEST");
    const issues = (noMessage?.cause as unknown as { issues?: { path: string[]; message: string }[] }).issues ?? [];
    expect(issues.map((i) => [i.path.join("."), i.message])).toEqual([["message", "validation.decisionMessage"]]);
    expect((await failure(staff.records.decideMany({ items: [item, item], decision: "published", message: "" })))?.code).toBe("BAD_REQUEST");
    expect((await failure(staff.records.decideMany({ items: [], decision: "published", message: "" })))?.code).toBe("BAD_REQUEST");
    const many = Array.from({ length: 51 }, () => ({ id: randomUUID(), version: 1 }));
    expect((await failure(staff.records.decideMany({ items: many, decision: "published", message: "" })))?.code).toBe("BAD_REQUEST");
    expect((await failure(callerFor(member).records.decideMany({ items: [item], decision: "published", message: "" })))?.code).toBe("FORBIDDEN");
    // Someone else's id that is not waiting (or does not exist) is reported per item, never a 5xx.
    const result = await staff.records.decideMany({ items: [{ id: randomUUID(), version: 1 }], decision: "published", message: "" });
    expect(result.items[0]).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
  });
});
