// Redirect review (issue 14, part 4; decision 033): the secretariat lists the re-import redirects
// flagged for review, confirms a proposed successor or re-points it to another paragraph of the same
// document; every link on the retired paragraph follows in one transaction, audited. Others are refused.
import { TRPCError } from "@trpc/server";
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db/client";
import { auditEvent, recordUnit, unitRedirect } from "~/db/schema";
import { redirectCandidates } from "~/server/services/documents/redirects/redirect-candidates";
import { getUnit } from "~/server/services/documents/get-unit";
import { callerFor, makeViewer, setupDatabase } from "../../helpers/factories";
import { makeFlaggedRedirect, sourceUnitsOf } from "../../helpers/redirects";

beforeAll(setupDatabase);

async function errorOf(call: Promise<unknown>) {
  const e = await call.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(TRPCError);
  return (e as TRPCError).code;
}

async function listAll(caller: ReturnType<typeof callerFor>) {
  const items = [];
  for (let page = 1; ; page++) {
    const p = await caller.documents.redirectsToReview({ page, pageSize: 50 });
    items.push(...p.items);
    if (page * p.pageSize >= p.total) return items;
  }
}

describe("redirect review", () => {
  it("lists a flagged redirect with the old and the proposed paragraph and its links", async () => {
    const r = await makeFlaggedRedirect({ withLinks: true });
    const staff = callerFor(await makeViewer("secretariat"));
    const item = (await listAll(staff)).find((i) => i.fromUnitId === r.fromUnitId);
    expect(item).toMatchObject({
      document: { slug: r.slug, version: 2, title: { zh: "测试报告", en: "Test report" } },
      documentVersion: 2,
      old: { locator: "4", text: expect.stringContaining("媒体") },
      proposed: { id: r.proposedUnitId, locator: "4", text: expect.stringContaining("提醒国际社会") },
      links: { measureSources: 1, records: 1, citations: 0, actions: 0 },
    });
    expect(item!.similarity).toBeGreaterThan(0.2);
    expect(item!.similarity).toBeLessThan(0.5);
    // Pages are pages.
    const first = await staff.documents.redirectsToReview({ page: 1, pageSize: 1 });
    expect(first.items).toHaveLength(1);
    expect(first.total).toBeGreaterThanOrEqual(1);
  });

  it("confirming moves every link to the successor, settles the redirect and audits it", async () => {
    const r = await makeFlaggedRedirect({ withLinks: true });
    const viewer = await makeViewer("secretariat");
    const requestId = randomUUID();
    const out = await callerFor(viewer, requestId).documents.decideRedirect({ decision: "confirm", fromUnitId: r.fromUnitId, proposedUnitId: r.proposedUnitId });
    expect(out).toEqual({ fromUnitId: r.fromUnitId, toUnitId: r.proposedUnitId, decision: "confirm", moved: { citations: 0, measureSources: 1, records: 1, actions: 0 } });
    expect(await sourceUnitsOf(r.measureId!)).toEqual([r.proposedUnitId]);
    const recordUnits = (await db.select().from(recordUnit).where(eq(recordUnit.recordId, r.recordId!))).map((u) => u.unitId);
    expect(recordUnits).toContain(r.proposedUnitId);
    expect(recordUnits).not.toContain(r.fromUnitId);
    const [redirect] = await db.select().from(unitRedirect).where(eq(unitRedirect.fromUnitId, r.fromUnitId));
    expect(redirect).toMatchObject({ toUnitId: r.proposedUnitId, needsReview: false });
    const [event] = await db.select().from(auditEvent).where(and(eq(auditEvent.requestId, requestId), eq(auditEvent.action, "unit_redirect.decide")));
    expect(event).toMatchObject({ entityType: "unit_redirect", entityId: r.fromUnitId, actorId: viewer.id });
    // Gone from the list; deciding again is a conflict, not a second move.
    expect((await listAll(callerFor(viewer))).some((i) => i.fromUnitId === r.fromUnitId)).toBe(false);
    expect(await errorOf(callerFor(viewer).documents.decideRedirect({ decision: "confirm", fromUnitId: r.fromUnitId, proposedUnitId: r.proposedUnitId }))).toBe("CONFLICT");
  });

  it("re-pointing moves the links to the chosen paragraph, found with the picker", async () => {
    const r = await makeFlaggedRedirect({ withLinks: true });
    const picked = await redirectCandidates({ input: { fromUnitId: r.fromUnitId, q: "区域组织", page: 1 } });
    expect(picked.items.map((u) => u.locator)).toEqual(["3"]);
    expect((await redirectCandidates({ input: { fromUnitId: r.fromUnitId, q: "2", page: 1 } })).items.map((u) => u.locator)).toContain("2");
    expect((await redirectCandidates({ input: { fromUnitId: r.fromUnitId, q: "%", page: 1 } })).items).toEqual([]);
    const admin = callerFor(await makeViewer("admin"));
    const out = await admin.documents.decideRedirect({ decision: "repoint", fromUnitId: r.fromUnitId, proposedUnitId: r.proposedUnitId, toUnitId: picked.items[0]!.id });
    expect(out.toUnitId).toBe(r.units["3"]);
    expect(await sourceUnitsOf(r.measureId!)).toEqual([r.units["3"]]);
    const recordUnits = (await db.select().from(recordUnit).where(eq(recordUnit.recordId, r.recordId!))).map((u) => u.unitId);
    expect(recordUnits).toContain(r.units["3"]);
    expect(recordUnits).not.toContain(r.fromUnitId);
    // Readers of the chosen paragraph now see the measure that cited the retired one.
    const unit = await getUnit({ input: { slug: r.slug, locator: "3" } });
    expect(unit.measures).toHaveLength(1);
  });

  it("is for staff only", async () => {
    const r = await makeFlaggedRedirect();
    const input = { decision: "confirm" as const, fromUnitId: r.fromUnitId, proposedUnitId: r.proposedUnitId };
    expect(await errorOf(callerFor(null).documents.redirectsToReview({}))).toBe("UNAUTHORIZED");
    expect(await errorOf(callerFor(null).documents.decideRedirect(input))).toBe("UNAUTHORIZED");
    for (const role of ["member", "parliamentarian"] as const) {
      const caller = callerFor(await makeViewer(role));
      expect(await errorOf(caller.documents.redirectsToReview({}))).toBe("FORBIDDEN");
      expect(await errorOf(caller.documents.decideRedirect(input))).toBe("FORBIDDEN");
    }
    const [redirect] = await db.select().from(unitRedirect).where(eq(unitRedirect.fromUnitId, r.fromUnitId));
    expect(redirect!.needsReview).toBe(true);
  });

  it("refuses hostile input with a 4xx and changes nothing", async () => {
    const r = await makeFlaggedRedirect({ withLinks: true });
    const other = await makeFlaggedRedirect();
    const staff = callerFor(await makeViewer("secretariat"));
    const attempts: [unknown, string][] = [
      [{ decision: "confirm", fromUnitId: "not-a-uuid", proposedUnitId: r.proposedUnitId }, "BAD_REQUEST"],
      [{ decision: "repoint", fromUnitId: r.fromUnitId, proposedUnitId: r.proposedUnitId, toUnitId: "'; drop table unit_redirect; --" }, "BAD_REQUEST"],
      [{ decision: "destroy", fromUnitId: r.fromUnitId, proposedUnitId: r.proposedUnitId }, "BAD_REQUEST"],
      // No such redirect.
      [{ decision: "confirm", fromUnitId: randomUUID(), proposedUnitId: r.proposedUnitId }, "NOT_FOUND"],
      // A paragraph of another document.
      [{ decision: "repoint", fromUnitId: r.fromUnitId, proposedUnitId: r.proposedUnitId, toUnitId: other.units["1"] }, "BAD_REQUEST"],
      // The retired paragraph itself, and a paragraph that does not exist.
      [{ decision: "repoint", fromUnitId: r.fromUnitId, proposedUnitId: r.proposedUnitId, toUnitId: r.fromUnitId }, "BAD_REQUEST"],
      [{ decision: "repoint", fromUnitId: r.fromUnitId, proposedUnitId: r.proposedUnitId, toUnitId: randomUUID() }, "BAD_REQUEST"],
      // Confirming a proposal other than the one stored: stale.
      [{ decision: "confirm", fromUnitId: r.fromUnitId, proposedUnitId: other.proposedUnitId }, "CONFLICT"],
      [{ pageSize: 10_000 }, "BAD_REQUEST"],
    ];
    for (const [input, code] of attempts) {
      const call = "decision" in (input as object) ? staff.documents.decideRedirect(input as never) : staff.documents.redirectsToReview(input as never);
      expect([JSON.stringify(input), await errorOf(call)]).toEqual([JSON.stringify(input), code]);
    }
    const [redirect] = await db.select().from(unitRedirect).where(eq(unitRedirect.fromUnitId, r.fromUnitId));
    expect(redirect).toMatchObject({ toUnitId: r.proposedUnitId, needsReview: true });
    expect(await sourceUnitsOf(r.measureId!)).toEqual([r.fromUnitId]);
  });
});
