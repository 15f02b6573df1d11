// Notifications for each event, in-app reading, and email: immediate, daily digest, off; task
// reminders once only; nobody hears about what they may not see.
import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db/client";
import { mailMessage, notification, task, user } from "~/db/schema";
import { deliverDigests } from "~/server/services/notifications/deliver-email";
import { runJobs } from "~/server/services/notifications/run-jobs";
import { sendTaskReminders } from "~/server/services/notifications/task-reminders";
import { insertAction } from "../../helpers/actions";
import { callerFor, makeViewer, setupDatabase } from "../../helpers/factories";
import { makeRecord, recordInput } from "../../helpers/records";

beforeAll(setupDatabase);

/** On a shared database other test files notify the secretariat too: narrow to one subject when asked. */
const kindsOf = async (userId: string, subjectId?: string) =>
  (
    await db
      .select()
      .from(notification)
      .where(and(eq(notification.userId, userId), subjectId ? eq(notification.subjectId, subjectId) : undefined))
      .orderBy(notification.createdAt)
  ).map((n) => n.kind);
const mailsTo = (email: string) => db.select().from(mailMessage).where(eq(mailMessage.to, email)).orderBy(mailMessage.createdAt);
const setDelivery = (userId: string, emailDelivery: string) => db.update(user).set({ emailDelivery }).where(eq(user.id, userId));

describe("record workflow notifications", () => {
  it("tells the secretariat about a submission and the submitter about each decision", async () => {
    const member = await makeViewer("member");
    const staff = await makeViewer("secretariat");
    const admin = await makeViewer("admin");
    const stranger = await makeViewer("member");
    const rec = await callerFor(member).records.create(await recordInput(member));
    const submitted = await callerFor(member).records.submit({ id: rec.id, version: rec.version });
    expect(await kindsOf(staff.id, rec.id)).toEqual(["submitted"]);
    expect(await kindsOf(admin.id, rec.id)).toEqual(["submitted"]);
    expect(await kindsOf(member.id)).toEqual([]);
    expect(await kindsOf(stranger.id)).toEqual([]);
    // Immediate email by default, in the recipient's language, with a link to the record.
    const mail = (await mailsTo(staff.email)).find((m) => m.text.includes(`http://app.test/en/records/${rec.id}`));
    expect(mail!.subject).toContain("submitted");

    const asked = await callerFor(staff).records.decide({ id: rec.id, version: submitted.version, decision: "changes_requested", message: "Add a source" });
    const resubmitted = await callerFor(member).records.submit({ id: rec.id, version: asked.version });
    const rejected = await callerFor(staff).records.decide({ id: rec.id, version: resubmitted.version, decision: "rejected", message: "Duplicate" });
    expect(rejected.reviewStatus).toBe("rejected");
    const other = await callerFor(member).records.create(await recordInput(member, { submit: true }));
    await callerFor(admin).records.decide({ id: other.id, version: other.version, decision: "published", message: "" });
    expect(await kindsOf(member.id)).toEqual(["decided", "decided", "decided"]);
    const decisions = (await db.select().from(notification).where(eq(notification.userId, member.id))).map((n) => (n.payload as { decision: string }).decision);
    expect(decisions.sort()).toEqual(["changes_requested", "published", "rejected"]);
    const list = await callerFor(member).notifications.list({});
    expect(list.items.map((i) => i.text)).toContain(`${admin.name} decided on “${other.title.en}”: published`);
  });

  it("reads, counts unread and marks read", async () => {
    const member = await makeViewer("member");
    const colleague = await makeViewer("member", { organizationId: member.organizationId! });
    const { row } = await makeRecord({ owner: member, reviewStatus: "draft" });
    for (const title of ["One", "Two"]) {
      await callerFor(member).tasks.create({ subjectType: "record", subjectId: row.id, title, assigneeId: colleague.id });
    }
    const as = callerFor(colleague);
    expect(await as.notifications.unreadCount()).toBe(2);
    const list = await as.notifications.list({});
    expect(list.total).toBe(2);
    expect(list.items[0]!.href).toBe(`/records/${row.id}`);
    await as.notifications.markRead({ ids: [list.items[0]!.id] });
    expect(await as.notifications.unreadCount()).toBe(1);
    // Someone else's notification cannot be marked.
    await callerFor(member).notifications.markRead({ ids: [list.items[1]!.id] });
    expect(await as.notifications.unreadCount()).toBe(1);
    await as.notifications.markAllRead();
    expect(await as.notifications.unreadCount()).toBe(0);
  });

  it("drops notifications about an action that became invisible to the recipient", async () => {
    const alice = await makeViewer("member");
    const bob = await makeViewer("member");
    const action = await insertAction({ organizationId: alice.organizationId!, createdById: alice.id, visibility: "coalition" });
    await callerFor(alice).comments.create({ subjectType: "action", subjectId: action.id, body: `@[Bob](${bob.id}) look` });
    expect(await callerFor(bob).notifications.unreadCount()).toBe(1);
    const { advocacyAction } = await import("~/db/schema");
    await db.update(advocacyAction).set({ visibility: "organization" }).where(eq(advocacyAction.id, action.id));
    expect(await callerFor(bob).notifications.unreadCount()).toBe(0);
    expect((await callerFor(bob).notifications.list({})).items).toEqual([]);
  });
});

describe("task reminders", () => {
  it("reminds the assignee once of an open task due within two days", async () => {
    const member = await makeViewer("member");
    const colleague = await makeViewer("member", { organizationId: member.organizationId! });
    const { row } = await makeRecord({ owner: member, reviewStatus: "draft" });
    const now = new Date("2030-03-10T08:00:00Z");
    const as = callerFor(member);
    const soon = await as.tasks.create({ subjectType: "record", subjectId: row.id, title: "Soon", assigneeId: colleague.id, dueOn: "2030-03-12" });
    const far = await as.tasks.create({ subjectType: "record", subjectId: row.id, title: "Far", assigneeId: colleague.id, dueOn: "2030-03-20" });
    const done = await as.tasks.create({ subjectType: "record", subjectId: row.id, title: "Done", assigneeId: colleague.id, dueOn: "2030-03-11" });
    await as.tasks.setStatus({ id: done.id, version: done.version, status: "done" });

    await sendTaskReminders(now);
    await sendTaskReminders(now);
    await runJobs(now);
    const due = (await db.select().from(notification).where(and(eq(notification.userId, colleague.id), eq(notification.kind, "task_due"))));
    expect(due.map((n) => (n.payload as { taskTitle: string }).taskTitle)).toEqual(["Soon"]);
    const [soonRow] = await db.select().from(task).where(eq(task.id, soon.id));
    expect(soonRow!.reminderSentAt).not.toBeNull();
    const [farRow] = await db.select().from(task).where(eq(task.id, far.id));
    expect(farRow!.reminderSentAt).toBeNull();
  });
});

describe("email delivery", () => {
  it("sends one digest a day with several items, nothing when off, immediately otherwise", async () => {
    const member = await makeViewer("member");
    const digest = await makeViewer("member", { organizationId: member.organizationId! });
    const off = await makeViewer("member", { organizationId: member.organizationId! });
    const immediate = await makeViewer("member", { organizationId: member.organizationId! });
    await setDelivery(digest.id, "daily_digest");
    await setDelivery(off.id, "off");
    const { row } = await makeRecord({ owner: member, reviewStatus: "draft" });
    for (const person of [digest, off, immediate]) {
      for (const title of ["Call", "Write"]) {
        await callerFor(member).tasks.create({ subjectType: "record", subjectId: row.id, title, assigneeId: person.id });
      }
    }
    expect(await mailsTo(immediate.email)).toHaveLength(2);
    expect(await mailsTo(digest.email)).toHaveLength(0);

    const now = new Date(Date.now() + 60_000);
    await deliverDigests(now);
    await deliverDigests(now); // a second instance, or a second run the same day: nothing more
    const digests = await mailsTo(digest.email);
    expect(digests).toHaveLength(1);
    expect(digests[0]!.subject).toContain("2 new notifications");
    expect(digests[0]!.text).toContain("“Call”");
    expect(digests[0]!.text).toContain("“Write”");
    expect(await mailsTo(off.email)).toHaveLength(0);
    await runJobs(now);
    expect(await mailsTo(off.email)).toHaveLength(0);
    const emailed = await db.select().from(notification).where(inArray(notification.userId, [digest.id, off.id]));
    expect(emailed.filter((n) => n.userId === digest.id).every((n) => n.emailedAt)).toBe(true);
    expect(emailed.filter((n) => n.userId === off.id).every((n) => !n.emailedAt)).toBe(true);

    // A new notification the same day waits for tomorrow's digest.
    await callerFor(member).tasks.create({ subjectType: "record", subjectId: row.id, title: "Later", assigneeId: digest.id });
    await deliverDigests(new Date(now.getTime() + 3600_000));
    expect(await mailsTo(digest.email)).toHaveLength(1);
    await deliverDigests(new Date(now.getTime() + 24 * 3600_000));
    expect(await mailsTo(digest.email)).toHaveLength(2);
  });

  it("saves the email preference with the account", async () => {
    const person = await makeViewer("member");
    const me = await callerFor(person).account.me();
    expect(me.emailDelivery).toBe("immediate");
    const saved = await callerFor(person).account.updatePreferences({ name: me.name, locale: "zh", emailDelivery: "daily_digest", version: me.version });
    expect(saved.emailDelivery).toBe("daily_digest");
  });
});
