// Records: the review workflow end to end, each role's rights, pending edits of published records,
// stale saves, soft delete and restore, and revisions with their diff.
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { callerFor, makeViewer, setupDatabase } from "../../helpers/factories";
import { firstMeasureSlugs, makeRecord, recordInput } from "../../helpers/records";

beforeAll(setupDatabase);

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => "OK",
    (e: unknown) => (e instanceof TRPCError ? e.code : String(e)),
  );

describe("records workflow", () => {
  it("runs draft → submitted → changes requested → fixed → published, with messages to the submitter", async () => {
    const member = await makeViewer("member");
    const staff = await makeViewer("secretariat");
    const asMember = callerFor(member);
    const asStaff = callerFor(staff);
    const anonymous = callerFor(null);

    const draft = await asMember.records.create(await recordInput(member, { type: "focal_point", countryIso3: "GHA" }));
    expect(draft.reviewStatus).toBe("draft");
    expect(await codeOf(anonymous.records.get({ id: draft.id }))).toBe("NOT_FOUND");
    expect(await codeOf(callerFor(await makeViewer("member")).records.get({ id: draft.id }))).toBe("NOT_FOUND");

    const submitted = await asMember.records.submit({ id: draft.id, version: draft.version });
    expect(submitted.reviewStatus).toBe("submitted");
    const queue = await asStaff.records.list({ awaitingReview: true, country: "GHA", pageSize: 500 });
    expect(queue.items.map((i) => i.id)).toContain(draft.id);

    // A request for changes must say why.
    expect(await codeOf(asStaff.records.decide({ id: draft.id, version: submitted.version, decision: "changes_requested" }))).toBe(
      "BAD_REQUEST",
    );
    const asked = await asStaff.records.decide({
      id: draft.id,
      version: submitted.version,
      decision: "changes_requested",
      message: "Please cite the appointment letter.",
    });
    expect(asked.reviewStatus).toBe("changes_requested");
    const seen = await asMember.records.get({ id: draft.id });
    expect(seen.decisions[0]).toMatchObject({ decision: "changes_requested", message: "Please cite the appointment letter." });

    const fixed = await asMember.records.update({
      ...(await recordInput(member, { type: "focal_point", countryIso3: "GHA" })),
      id: draft.id,
      version: asked.version,
      positionTitle: "Ambassador",
      submit: true,
    });
    expect(fixed.reviewStatus).toBe("submitted");
    const published = await asStaff.records.decide({ id: draft.id, version: fixed.version, decision: "published" });
    expect(published.reviewStatus).toBe("published");

    const publicList = await anonymous.records.list({ country: "GHA", type: "focal_point", pageSize: 500 });
    expect(publicList.items.map((i) => i.id)).toContain(draft.id);
    const publicView = await anonymous.records.get({ id: draft.id });
    expect(publicView.decisions).toEqual([]);
    expect(publicView.organizationName).toBeNull();
    expect(publicView.units[0]).toMatchObject({ document: "a-72-884", locator: "45(a)" });
  });

  it("publishes secretariat proposals and edits directly", async () => {
    const staff = await makeViewer("secretariat");
    const created = await callerFor(staff).records.create(await recordInput(staff));
    expect(created.reviewStatus).toBe("published");
    const { row } = await makeRecord({ reviewStatus: "draft" });
    const edited = await callerFor(staff).records.update({ ...(await recordInput(staff)), id: row.id, version: row.version });
    expect(edited.reviewStatus).toBe("published");
  });

  it("lets members edit only their organisation's drafts", async () => {
    const { owner, row } = await makeRecord({ reviewStatus: "draft" });
    const colleague = await makeViewer("member", { organizationId: owner.organizationId! });
    const outsider = await makeViewer("member");
    const input = { ...(await recordInput(owner)), id: row.id, version: row.version };
    expect(await codeOf(callerFor(outsider).records.update(input))).toBe("NOT_FOUND");
    expect(await codeOf(callerFor(outsider).records.submit({ id: row.id, version: row.version }))).toBe("NOT_FOUND");
    expect(await codeOf(callerFor(outsider).records.delete({ id: row.id }))).toBe("NOT_FOUND");
    expect(await codeOf(callerFor(await makeViewer("parliamentarian")).records.update(input))).toBe("FORBIDDEN");
    expect(await codeOf(callerFor(colleague).records.update(input))).toBe("OK");

    const submitted = await makeRecord({ owner, reviewStatus: "submitted" });
    const again = { ...(await recordInput(owner)), id: submitted.row.id, version: submitted.row.version };
    expect(await codeOf(callerFor(owner).records.update(again))).toBe("CONFLICT");
    expect(await codeOf(callerFor(owner).records.decide({ id: submitted.row.id, version: submitted.row.version, decision: "published" }))).toBe(
      "FORBIDDEN",
    );
  });

  it("lets a parliamentarian propose parliamentary actions for their own country only", async () => {
    const mp = await makeViewer("parliamentarian", { countryIso3: "KEN" });
    const asMp = callerFor(mp);
    expect(await codeOf(asMp.records.create(await recordInput(mp)))).toBe("OK");
    expect(await codeOf(asMp.records.create(await recordInput(mp, { countryIso3: "UGA" })))).toBe("FORBIDDEN");
    expect(
      await codeOf(asMp.records.create(await recordInput(mp, { type: "commitment", kind: "pledge", venue: "national", status: "announced" }))),
    ).toBe("FORBIDDEN");
    const other = await makeRecord({ owner: await makeViewer("parliamentarian", { countryIso3: "KEN" }), reviewStatus: "draft" });
    expect(await codeOf(asMp.records.get({ id: other.row.id }))).toBe("NOT_FOUND");
  });

  it("keeps the published version visible while a member's edit waits for review", async () => {
    const { owner, row } = await makeRecord({ reviewStatus: "published" });
    const staff = callerFor(await makeViewer("secretariat"));
    const [, second] = await firstMeasureSlugs(2);
    const pending = await callerFor(owner).records.update({
      ...(await recordInput(owner)),
      id: row.id,
      version: row.version,
      title: { en: "Proposed title" },
      measures: [second!],
    });
    expect(pending.reviewStatus).toBe("published");
    const publicView = await callerFor(null).records.get({ id: row.id });
    expect(publicView.title).toEqual(row.title);
    const queue = await staff.records.list({ awaitingReview: true, pageSize: 500 });
    expect(queue.items.find((i) => i.id === row.id)?.hasPendingEdit).toBe(true);

    const current = await staff.records.get({ id: row.id });
    expect(current.pending?.snapshot.fields.title).toEqual({ en: "Proposed title" });
    await staff.records.decide({ id: row.id, version: current.version, decision: "published" });
    const after = await callerFor(null).records.get({ id: row.id });
    expect(after.title).toEqual({ en: "Proposed title" });
    expect(after.measures.map((m) => m.slug)).toEqual([second]);

    const history = await staff.records.history({ id: row.id });
    const latest = history[0]!;
    expect(latest.state).toBe("applied");
    expect(latest.diff.fields).toContainEqual({ field: "title", before: row.title, after: { en: "Proposed title" } });
    expect(latest.diff.measures.added).toEqual([second]);
  });

  it("refuses a stale save and says what the other person changed; exactly one racer wins", async () => {
    const { owner, row } = await makeRecord({ reviewStatus: "draft" });
    const base = { ...(await recordInput(owner)), id: row.id, version: row.version };
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, (_, i) => callerFor(owner).records.update({ ...base, title: { en: `Writer ${i}` } })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((loser.reason as TRPCError).code).toBe("CONFLICT");
    const current = ((loser.reason as TRPCError).cause as { details?: { current?: { title?: { en?: string } } } }).details?.current;
    expect(current?.title?.en).toMatch(/^Writer \d$/);
  });

  it("soft-deletes and restores; only staff restore", async () => {
    const { owner, row } = await makeRecord({ reviewStatus: "draft" });
    await callerFor(owner).records.delete({ id: row.id });
    const mine = await callerFor(owner).records.list({ mine: true, pageSize: 500 });
    expect(mine.items.map((i) => i.id)).not.toContain(row.id);
    expect(await codeOf(callerFor(owner).records.restore({ id: row.id }))).toBe("FORBIDDEN");
    expect((await callerFor(owner).records.list({ onlyDeleted: true, pageSize: 500 })).items).toEqual([]);
    const staff = callerFor(await makeViewer("secretariat"));
    expect((await staff.records.list({ onlyDeleted: true, pageSize: 500 })).items.map((i) => i.id)).toContain(row.id);
    expect((await staff.records.get({ id: row.id })).may.restore).toBe(true);
    await staff.records.restore({ id: row.id });
    const back = await callerFor(owner).records.list({ mine: true, pageSize: 500 });
    expect(back.items.map((i) => i.id)).toContain(row.id);

    const published = await makeRecord({ owner, reviewStatus: "published" });
    expect(await codeOf(callerFor(owner).records.delete({ id: published.row.id }))).toBe("NOT_FOUND");
  });

  it("restores an earlier revision as a new one", async () => {
    const staff = await makeViewer("secretariat");
    const asStaff = callerFor(staff);
    const created = await asStaff.records.create(await recordInput(staff, { titleEn: "Original" }));
    const edited = await asStaff.records.update({
      ...(await recordInput(staff)),
      id: created.id,
      version: created.version,
      title: { en: "Changed" },
      units: [],
    });
    const history = await asStaff.records.history({ id: created.id });
    expect(history[0]!.diff.units.removed).toEqual(["a-72-884#45(a)"]);
    const restored = await asStaff.records.restoreRevision({ id: created.id, version: edited.version, revisionId: history[1]!.id });
    expect(restored.title.en).toBe("Original");
    const view = await asStaff.records.get({ id: created.id });
    expect(view.units).toHaveLength(1);
    expect((await asStaff.records.history({ id: created.id })).length).toBe(3);
  });

  it("hides a focal point's name from the public unless marked public, and rejects unknown links", async () => {
    const staff = await makeViewer("secretariat");
    const asStaff = callerFor(staff);
    const hidden = await asStaff.records.create(await recordInput(staff, { type: "focal_point", personName: "A. Person" }));
    expect((await callerFor(null).records.get({ id: hidden.id })).personName).toBeNull();
    const shown = await asStaff.records.create(
      await recordInput(staff, { type: "focal_point", personName: "B. Person", personNamePublic: true }),
    );
    expect((await callerFor(null).records.get({ id: shown.id })).personName).toBe("B. Person");

    const bad = await asStaff.records.create(await recordInput(staff, { measures: ["no-such-measure"] })).catch((e: unknown) => e);
    expect((bad as TRPCError).code).toBe("BAD_REQUEST");
    const missingFields = await asStaff.records
      .create(await recordInput(staff, { type: "commitment", kind: "nonsense" }))
      .catch((e: unknown) => e);
    expect((missingFields as TRPCError).code).toBe("BAD_REQUEST");
  });
});
