// The secretariat's edits: version-checked updates, sources checked against the unit, merges that
// redirect, history with a readable diff and restore, soft delete — each one a revision and an audit event.
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db/client";
import { auditEvent } from "~/db/schema";
import type { Viewer } from "~/server/auth/policy";
import { callerFor, makeViewer, setupDatabase } from "../../helpers/factories";
import { makeMeasure } from "../../helpers/measures";

let staff: Viewer;
beforeAll(async () => {
  await setupDatabase();
  staff = await makeViewer("secretariat");
});

const fieldsOf = (m: { id: string; version: number }, titleEn: string) => ({
  id: m.id, version: m.version, title: { zh: "测试措施", en: titleEn }, description: { zh: "测试说明", en: "A test description" },
  actor: "government" as const, pillar: 1 as const, category: "institutional" as const, prevention: "upstream" as const, key: false,
});

async function errorOf(p: Promise<unknown>) {
  return p.then(() => null, (e: unknown) => e as TRPCError & { cause?: { details?: Record<string, unknown>; fields?: Record<string, string> } });
}

describe("editing a measure", () => {
  it("updates with the right version, and refuses a stale one showing the other version", async () => {
    const m = await makeMeasure();
    const api = callerFor(staff);
    const saved = await api.measures.update(fieldsOf(m, "First edit"));
    expect(saved.version).toBe(2);
    const err = await errorOf(api.measures.update(fieldsOf(m, "Stale edit")));
    expect(err?.code).toBe("CONFLICT");
    expect(err?.cause?.details?.current).toMatchObject({ version: 2, title: { zh: "测试措施", en: "First edit" } });
    const events = await db.select().from(auditEvent).where(eq(auditEvent.entityId, m.id));
    expect(events.map((e) => e.action)).toEqual(["measure.update"]);
  });

  it("adds a source whose quote is in the unit, and refuses a wrong quote naming the quote field", async () => {
    const m = await makeMeasure();
    const api = callerFor(staff);
    await api.measures.addSource({ measureId: m.id, document: "sg-2025", locator: "41", quote: "协调人" });
    const err = await errorOf(api.measures.addSource({ measureId: m.id, document: "sg-2025", locator: "41", quote: "这句话不在段落里" }));
    expect(err?.code).toBe("BAD_REQUEST");
    expect(Object.keys(err?.cause?.fields ?? {})).toEqual(["quote"]);
    const bad = await errorOf(api.measures.addSource({ measureId: m.id, document: "sg-2025", locator: "9999", quote: "协调人" }));
    expect(Object.keys(bad?.cause?.fields ?? {})).toEqual(["locator"]);
    const detail = await callerFor(null).measures.get({ slug: m.slug });
    expect(detail.sources.map((s) => `${s.document.slug}#${s.locator}`)).toEqual(["a-72-884#45(a)", "sg-2025#41"]);
    expect(detail.sources[1]!.href).toBe("/documents/sg-2025#p-41");
    expect(detail.sources[1]!.text).toContain("协调人");
  });

  it("keeps at least one source", async () => {
    const m = await makeMeasure();
    const api = callerFor(staff);
    const detail = await api.measures.get({ slug: m.slug });
    const err = await errorOf(api.measures.removeSource({ measureId: m.id, sourceId: detail.sources[0]!.id }));
    expect(err?.code).toBe("BAD_REQUEST");
    expect(err?.cause).toMatchObject({ messageKey: "measureNeedsSource" });
  });

  it("merges: sources move to the survivor and the other slug leads there", async () => {
    const survivor = await makeMeasure();
    const other = await makeMeasure({ source: { document: "a-63-677", locator: "18", quote: "罗马规约" } });
    const api = callerFor(staff);
    await api.measures.merge({ survivorId: survivor.id, mergedSlug: other.slug });
    const viaOld = await callerFor(null).measures.get({ slug: other.slug });
    expect(viaOld.slug).toBe(survivor.slug);
    expect(viaOld.sources.map((s) => s.locator).sort()).toEqual(["18", "45(a)"]);
    const list = await callerFor(null).measures.list({ q: "测试措施", pageSize: 500 });
    expect(list.items.some((i) => i.slug === other.slug)).toBe(false);
  });

  it("keeps a readable history and restores an earlier revision as a new one", async () => {
    const m = await makeMeasure();
    const api = callerFor(staff);
    await api.measures.update(fieldsOf(m, "Second title"));
    await api.measures.addSource({ measureId: m.id, document: "sg-2025", locator: "41", quote: "协调人" });
    const history = await api.measures.history({ measureId: m.id });
    expect(history.map((h) => h.action)).toEqual(["add-source", "update", "seed"]);
    expect(history[1]!.fields).toEqual([
      { field: "title", before: { zh: "测试措施", en: "Test measure" }, after: { zh: "测试措施", en: "Second title" } },
    ]);
    expect(history[0]!.sourcesAdded.map((s) => s.locator)).toEqual(["41"]);
    expect(history[1]!.by).toBe(staff.name);
    const current = await api.measures.get({ slug: m.slug });
    await api.measures.restoreRevision({ measureId: m.id, revisionId: history[2]!.id, version: current.version });
    const restored = await api.measures.get({ slug: m.slug });
    expect(restored.title.en).toBe("Test measure");
    expect(restored.sources.map((s) => s.locator)).toEqual(["45(a)"]);
    expect((await api.measures.history({ measureId: m.id }))[0]!.action).toBe("restore-revision");
  });

  it("soft-deletes and restores", async () => {
    const m = await makeMeasure();
    const api = callerFor(staff);
    await api.measures.delete({ id: m.id });
    const gone = await errorOf(callerFor(null).measures.get({ slug: m.slug }));
    expect(gone?.code).toBe("NOT_FOUND");
    expect((await api.measures.list({ deleted: true, pageSize: 500 })).items.some((i) => i.id === m.id)).toBe(true);
    expect((await callerFor(null).measures.list({ deleted: true, pageSize: 500 })).items.some((i) => i.id === m.id)).toBe(false);
    await api.measures.restore({ id: m.id });
    expect((await callerFor(null).measures.get({ slug: m.slug })).id).toBe(m.id);
  });
});
