// The activity feed: who sees which lines (public, coalition, own organisation), the filters, the
// lines the records workflow and the collaboration features write; and the "my work" data.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db/client";
import { record } from "~/db/schema";
import { insertAction } from "../../helpers/actions";
import { callerFor, makeViewer, setupDatabase } from "../../helpers/factories";
import { recordInput } from "../../helpers/records";

beforeAll(setupDatabase);

describe("activity feed", () => {
  it("shows organisation-only lines to that organisation only, coalition lines to the coalition, public lines to all", async () => {
    const alice = await makeViewer("member");
    const colleague = await makeViewer("member", { organizationId: alice.organizationId! });
    const outsider = await makeViewer("member");
    const staff = await makeViewer("secretariat");
    const privateAction = await insertAction({ organizationId: alice.organizationId!, createdById: alice.id, visibility: "organization", countries: ["NER"] });
    const coalitionAction = await insertAction({ organizationId: alice.organizationId!, createdById: alice.id, visibility: "coalition", countries: ["NER"] });
    await callerFor(alice).comments.create({ subjectType: "action", subjectId: privateAction.id, body: "Private" });
    await callerFor(alice).comments.create({ subjectType: "action", subjectId: coalitionAction.id, body: "Shared" });
    // A record: submitted (its organisation sees it), then published (everyone).
    const rec = await callerFor(alice).records.create(await recordInput(alice, { countryIso3: "NER", submit: true }));
    await callerFor(staff).records.decide({ id: rec.id, version: rec.version, decision: "published", message: "" });

    const seen = async (who: typeof alice | null) => {
      const feed = who ? await callerFor(who).activity.list({ country: "NER", pageSize: 200 }) : await callerFor(null).activity.public({ country: "NER", pageSize: 200 });
      return feed.items.filter((i) => [privateAction.id, coalitionAction.id, rec.id].includes(i.subjectId)).map((i) => `${i.verb}:${i.subjectId === privateAction.id ? "private" : i.subjectId === coalitionAction.id ? "coalition" : "record"}`);
    };
    expect((await seen(colleague)).sort()).toEqual(["comment.created:coalition", "comment.created:private", "record.published:record", "record.submitted:record"]);
    expect((await seen(outsider)).sort()).toEqual(["comment.created:coalition", "record.published:record"]);
    expect((await seen(staff)).sort()).toEqual(["comment.created:coalition", "record.published:record"]);
    expect(await seen(null)).toEqual(["record.published:record"]);

    // Filters: verb, subject type, organisation, dates.
    const asColleague = callerFor(colleague);
    const comments = await asColleague.activity.list({ country: "NER", verb: "comment.created", organizationId: alice.organizationId!, pageSize: 200 });
    expect(comments.items.every((i) => i.verb === "comment.created")).toBe(true);
    expect(comments.items.length).toBeGreaterThanOrEqual(2);
    const records = await asColleague.activity.list({ country: "NER", subjectType: "record", organizationId: alice.organizationId! });
    expect(records.items.every((i) => i.subjectType === "record")).toBe(true);
    expect((await asColleague.activity.list({ country: "NER", to: "2000-01-01" })).items).toEqual([]);
    const today = new Date().toISOString().slice(0, 10);
    expect((await asColleague.activity.list({ country: "NER", from: today, to: today, organizationId: alice.organizationId! })).total).toBeGreaterThanOrEqual(4);
    // Parliamentarians are not in the coalition feed.
    await expect(callerFor(await makeViewer("parliamentarian")).activity.list({})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("writes a task.completed line with the subject's visibility", async () => {
    const alice = await makeViewer("member");
    const outsider = await makeViewer("member");
    const action = await insertAction({ organizationId: alice.organizationId!, createdById: alice.id, visibility: "organization", countries: ["MLI"] });
    const t = await callerFor(alice).tasks.create({ subjectType: "action", subjectId: action.id, title: "Do", assigneeId: alice.id });
    await callerFor(alice).tasks.setStatus({ id: t.id, version: t.version, status: "done" });
    const mine = await callerFor(alice).activity.list({ country: "MLI", verb: "task.completed", pageSize: 200 });
    expect(mine.items.some((i) => i.subjectId === action.id)).toBe(true);
    const theirs = await callerFor(outsider).activity.list({ country: "MLI", verb: "task.completed", pageSize: 200 });
    expect(theirs.items.some((i) => i.subjectId === action.id)).toBe(false);
  });
});

describe("my work data", () => {
  it("gives staff the review queue's size and age", async () => {
    const member = await makeViewer("member");
    const waiting = await callerFor(member).records.create(await recordInput(member, { submit: true }));
    // Submitted five days ago: the oldest in the queue has waited at least that long.
    const fiveDaysAgo = new Date(Date.now() - 5 * 86_400_000 - 60_000);
    await db.update(record).set({ submittedAt: fiveDaysAgo, updatedAt: fiveDaysAgo }).where(eq(record.id, waiting.id));
    const summary = await callerFor(await makeViewer("secretariat")).activity.reviewSummary();
    expect(summary.count).toBeGreaterThanOrEqual(1);
    expect(summary.oldestDays).toBeGreaterThanOrEqual(5);
    await expect(callerFor(member).activity.reviewSummary()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
