// Tasks and comments: who may create, assign, change, complete, delete; what nobody can do on a
// subject they cannot see; mentions only reach people who can see the subject.
import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db/client";
import { auditEvent, commentMention, notification } from "~/db/schema";
import { mentionToken } from "~/server/markup/comment-markup";
import { insertAction } from "../../helpers/actions";
import { callerFor, makeViewer, setupDatabase } from "../../helpers/factories";
import { makeRecord } from "../../helpers/records";

beforeAll(setupDatabase);

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => "OK",
    (e: unknown) => (e instanceof TRPCError ? e.code : String(e)),
  );

const notificationsOf = (userId: string) => db.select().from(notification).where(eq(notification.userId, userId));

async function orgPair() {
  const alice = await makeViewer("member");
  const colleague = await makeViewer("member", { organizationId: alice.organizationId! });
  const outsider = await makeViewer("member");
  return { alice, colleague, outsider };
}

describe("tasks", () => {
  it("creates, assigns (notifying the assignee), updates, completes, reopens and deletes, with version checks", async () => {
    const { alice, colleague } = await orgPair();
    const action = await insertAction({ organizationId: alice.organizationId!, createdById: alice.id, visibility: "organization", countries: ["KEN"] });
    const asAlice = callerFor(alice);
    const created = await asAlice.tasks.create({ subjectType: "action", subjectId: action.id, title: "Send the letter", assigneeId: colleague.id, dueOn: "2026-12-01" });
    expect(created.status).toBe("open");
    const notes = await notificationsOf(colleague.id);
    expect(notes.map((n) => n.kind)).toEqual(["task_assigned"]);
    expect(notes[0]!.subjectId).toBe(action.id);

    const asColleague = callerFor(colleague);
    const mine = await asColleague.tasks.mine({});
    expect(mine.items.map((t) => t.id)).toEqual([created.id]);
    expect(mine.items[0]!.may.change).toBe(true);
    expect(mine.items[0]!.may.delete).toBe(false);

    const updated = await asColleague.tasks.update({ id: created.id, version: created.version, title: "Send the letter today", notes: "Draft attached", assigneeId: colleague.id, dueOn: null });
    expect(updated.version).toBe(2);
    expect(await codeOf(asAlice.tasks.update({ id: created.id, version: created.version, title: "x", notes: "", assigneeId: colleague.id, dueOn: null }))).toBe("CONFLICT");

    const done = await asColleague.tasks.setStatus({ id: created.id, version: updated.version, status: "done" });
    expect(done.status).toBe("done");
    expect(done.completedAt).not.toBeNull();
    expect((await asColleague.tasks.mine({})).items).toEqual([]);
    expect((await asColleague.tasks.mine({ scope: "all" })).items.map((t) => t.status)).toEqual(["done"]);
    const reopened = await asAlice.tasks.setStatus({ id: created.id, version: done.version, status: "open" });
    expect(reopened.completedAt).toBeNull();

    // The assignee may change it but not delete it; the creator may.
    expect(await codeOf(asColleague.tasks.delete({ id: created.id }))).toBe("FORBIDDEN");
    await asAlice.tasks.delete({ id: created.id });
    expect((await asAlice.tasks.forSubject({ subjectType: "action", subjectId: action.id }))).toEqual([]);
    const audits = await db.select().from(auditEvent).where(and(eq(auditEvent.entityType, "task"), eq(auditEvent.entityId, created.id)));
    expect(audits.map((a) => a.action).sort()).toEqual(["task.create", "task.delete", "task.set_status", "task.set_status", "task.update"]);
  });

  it("does not notify a self-assignment", async () => {
    const { alice } = await orgPair();
    const { row } = await makeRecord({ owner: alice, reviewStatus: "draft" });
    await callerFor(alice).tasks.create({ subjectType: "record", subjectId: row.id, title: "Find a source", assigneeId: alice.id });
    expect(await notificationsOf(alice.id)).toEqual([]);
  });

  it("refuses subjects the creator cannot see, and assignees who cannot see the subject", async () => {
    const { alice, colleague, outsider } = await orgPair();
    const parliamentarian = await makeViewer("parliamentarian");
    const privateAction = await insertAction({ organizationId: alice.organizationId!, createdById: alice.id, visibility: "organization" });
    // Someone of another organisation cannot put a task on it (and learns nothing: not found).
    expect(await codeOf(callerFor(outsider).tasks.create({ subjectType: "action", subjectId: privateAction.id, title: "x", assigneeId: outsider.id }))).toBe("NOT_FOUND");
    expect(await codeOf(callerFor(outsider).tasks.forSubject({ subjectType: "action", subjectId: privateAction.id }))).toBe("NOT_FOUND");
    // Nor assign it to someone outside the organisation, or to a parliamentarian.
    for (const assignee of [outsider, parliamentarian]) {
      expect(await codeOf(callerFor(alice).tasks.create({ subjectType: "action", subjectId: privateAction.id, title: "x", assigneeId: assignee.id }))).toBe("BAD_REQUEST");
    }
    // A draft record of another organisation is invisible too.
    const { row: draft } = await makeRecord({ reviewStatus: "draft" });
    expect(await codeOf(callerFor(alice).tasks.create({ subjectType: "record", subjectId: draft.id, title: "x", assigneeId: alice.id }))).toBe("NOT_FOUND");
    // Parliamentarians have no tasks.
    expect(await codeOf(callerFor(parliamentarian).tasks.mine({}))).toBe("FORBIDDEN");

    // A third party who can see the subject but is neither creator, assignee nor staff cannot change the task.
    const task = await callerFor(alice).tasks.create({ subjectType: "action", subjectId: privateAction.id, title: "Call", assigneeId: alice.id });
    expect(await codeOf(callerFor(colleague).tasks.setStatus({ id: task.id, version: task.version, status: "done" }))).toBe("FORBIDDEN");
    // The secretariat is outside the organisation: it cannot see the private action, so not the task either.
    const staff = await makeViewer("secretariat");
    expect(await codeOf(callerFor(staff).tasks.setStatus({ id: task.id, version: task.version, status: "done" }))).toBe("NOT_FOUND");
  });

  it("lists my open tasks first, overdue flagged", async () => {
    const { alice } = await orgPair();
    const { row } = await makeRecord({ owner: alice, reviewStatus: "draft" });
    const as = callerFor(alice);
    const later = await as.tasks.create({ subjectType: "record", subjectId: row.id, title: "Later", assigneeId: alice.id, dueOn: "2099-01-01" });
    const late = await as.tasks.create({ subjectType: "record", subjectId: row.id, title: "Late", assigneeId: alice.id, dueOn: "2020-01-01" });
    const closed = await as.tasks.create({ subjectType: "record", subjectId: row.id, title: "Closed", assigneeId: alice.id, dueOn: "2019-01-01" });
    await as.tasks.setStatus({ id: closed.id, version: closed.version, status: "cancelled" });
    const all = await as.tasks.mine({ scope: "all" });
    expect(all.items.map((t) => t.title)).toEqual(["Late", "Later", "Closed"]);
    expect(all.items.map((t) => t.overdue)).toEqual([true, false, false]);
    expect(all.total).toBe(3);
    expect(all.items.map((t) => t.id)).toEqual([late.id, later.id, closed.id]);
  });
});

describe("comments", () => {
  it("posts, replies (one level), edits and deletes own comments only; staff may delete others'", async () => {
    const { alice, colleague } = await orgPair();
    const staff = await makeViewer("secretariat");
    const { row } = await makeRecord({ owner: alice, reviewStatus: "published" });
    const subject = { subjectType: "record" as const, subjectId: row.id };
    const first = await callerFor(alice).comments.create({ ...subject, body: "First **point**" });
    const reply = await callerFor(colleague).comments.create({ ...subject, body: "Answer", parentId: first.id });
    const replyToReply = await callerFor(alice).comments.create({ ...subject, body: "Thanks", parentId: reply.id });
    expect(replyToReply.parentId).toBe(first.id);

    const thread = await callerFor(colleague).comments.list(subject);
    expect(thread).toHaveLength(1);
    expect(thread[0]!.replies.map((r) => r.body)).toEqual(["Answer", "Thanks"]);
    expect(thread[0]!.may).toEqual({ edit: false, delete: false });

    expect(await codeOf(callerFor(colleague).comments.update({ id: first.id, version: 1, body: "Hijacked" }))).toBe("FORBIDDEN");
    expect(await codeOf(callerFor(colleague).comments.delete({ id: first.id }))).toBe("FORBIDDEN");
    const edited = await callerFor(alice).comments.update({ id: first.id, version: 1, body: "First point, edited" });
    expect(edited.editedAt).not.toBeNull();
    expect(await codeOf(callerFor(alice).comments.update({ id: first.id, version: 1, body: "Stale" }))).toBe("CONFLICT");

    await callerFor(staff).comments.delete({ id: reply.id });
    await callerFor(alice).comments.delete({ id: first.id });
    const after = await callerFor(alice).comments.list(subject);
    // The deleted first comment keeps its place for its live reply, without its words.
    expect(after[0]!.deleted).toBe(true);
    expect(after[0]!.body).toBe("");
    expect(after[0]!.replies.map((r) => r.body)).toEqual(["Thanks"]);
    const audits = await db.select({ action: auditEvent.action }).from(auditEvent).where(eq(auditEvent.entityId, first.id));
    expect(audits.map((a) => a.action).sort()).toEqual(["comment.create", "comment.delete", "comment.update"]);
  });

  it("cannot comment on or read what one cannot see; parliamentarians do not comment", async () => {
    const { alice, outsider } = await orgPair();
    const privateAction = await insertAction({ organizationId: alice.organizationId!, createdById: alice.id, visibility: "organization" });
    const subject = { subjectType: "action" as const, subjectId: privateAction.id };
    await callerFor(alice).comments.create({ ...subject, body: "Internal note" });
    expect(await codeOf(callerFor(outsider).comments.create({ ...subject, body: "Hi" }))).toBe("NOT_FOUND");
    expect(await codeOf(callerFor(outsider).comments.list(subject))).toBe("NOT_FOUND");
    expect(await codeOf(callerFor(outsider).comments.mentionable({ ...subject, q: "" }))).toBe("NOT_FOUND");
    expect(await codeOf(callerFor(await makeViewer("secretariat")).comments.list(subject))).toBe("NOT_FOUND");
    const { row } = await makeRecord({ reviewStatus: "published" });
    expect(await codeOf(callerFor(await makeViewer("parliamentarian")).comments.create({ subjectType: "record", subjectId: row.id, body: "Hi" }))).toBe("FORBIDDEN");
    expect(await codeOf(callerFor(null).comments.list({ subjectType: "record", subjectId: row.id }))).toBe("UNAUTHORIZED");
  });

  it("mentions: notifies people who can see the subject, silently skips the others", async () => {
    const { alice, colleague, outsider } = await orgPair();
    const privateAction = await insertAction({ organizationId: alice.organizationId!, createdById: alice.id, visibility: "organization" });
    const subject = { subjectType: "action" as const, subjectId: privateAction.id };
    const picker = await callerFor(alice).comments.mentionable({ ...subject, q: colleague.name.slice(0, 12) });
    expect(picker.map((p) => p.id)).toEqual([colleague.id]);
    expect((await callerFor(alice).comments.mentionable({ ...subject, q: outsider.name })).map((p) => p.id)).toEqual([]);

    const c = await callerFor(alice).comments.create({
      ...subject,
      body: `${mentionToken(colleague.name, colleague.id)} and ${mentionToken(outsider.name, outsider.id)}: please follow up`,
    });
    const mentions = await db.select().from(commentMention).where(eq(commentMention.commentId, c.id));
    expect(mentions.map((m) => m.userId)).toEqual([colleague.id]);
    expect((await notificationsOf(colleague.id)).map((n) => n.kind)).toEqual(["mentioned"]);
    expect(await notificationsOf(outsider.id)).toEqual([]);

    // Editing does not mention the same person twice; a newly mentioned one hears.
    const other = await makeViewer("member", { organizationId: alice.organizationId! });
    await callerFor(alice).comments.update({ id: c.id, version: c.version, body: `${mentionToken(colleague.name, colleague.id)} ${mentionToken(other.name, other.id)}` });
    expect(await notificationsOf(colleague.id)).toHaveLength(1);
    expect((await notificationsOf(other.id)).map((n) => n.kind)).toEqual(["mentioned"]);

    const myMentions = await callerFor(colleague).comments.mentions({});
    expect(myMentions.items.map((m) => m.id)).toEqual([c.id]);
    expect(myMentions.items[0]!.href).toBe(`/actions/${privateAction.id}`);
    // Mentioning oneself notifies nobody.
    await callerFor(alice).comments.create({ ...subject, body: mentionToken(alice.name, alice.id) });
    expect(await notificationsOf(alice.id)).toEqual([]);
  });

  it("comments on measures and document units are for the coalition", async () => {
    const member = await makeViewer("member");
    const [m] = await db.query.measure.findMany({ limit: 1 });
    const [u] = await db.query.documentUnit.findMany({ limit: 1 });
    const asMember = callerFor(member);
    await asMember.comments.create({ subjectType: "measure", subjectId: m!.id, body: "On the measure" });
    await asMember.comments.create({ subjectType: "unit", subjectId: u!.id, body: "On the paragraph" });
    expect((await callerFor(await makeViewer("member")).comments.list({ subjectType: "unit", subjectId: u!.id })).some((c) => c.body === "On the paragraph")).toBe(true);
    expect(await codeOf(callerFor(await makeViewer("parliamentarian")).comments.list({ subjectType: "measure", subjectId: m!.id }))).toBe("FORBIDDEN");
  });
});
