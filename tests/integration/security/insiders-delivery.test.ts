// Issue 17, finding 7 (continued): email and the mention picker ask the one access rule again.
// A digest goes out up to a day after its notifications were written; by then the subject may be
// private, the person may have left. The mention picker offers only people one already knows of there.
import { TRPCError } from "@trpc/server";
import { and, eq, isNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db/client";
import { advocacyAction, mailMessage, membership, notification, user } from "~/db/schema";
import { MENTIONABLE_LIMIT } from "~/server/services/comments/list-comments";
import { deliverDigests, deliverImmediate } from "~/server/services/notifications/deliver-email";
import { insertAction } from "../../helpers/actions";
import { callerFor, makeViewer, setupDatabase } from "../../helpers/factories";

beforeAll(setupDatabase);

const mailsTo = (email: string) => db.select().from(mailMessage).where(eq(mailMessage.to, email)).orderBy(mailMessage.createdAt);
const setDelivery = (userId: string, emailDelivery: string) => db.update(user).set({ emailDelivery }).where(eq(user.id, userId));
const makePrivate = (id: string) => db.update(advocacyAction).set({ visibility: "organization" }).where(eq(advocacyAction.id, id));
const mention = (p: { name: string; id: string }) => `@[${p.name}](${p.id})`;
const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => "OK",
    (e: unknown) => (e instanceof TRPCError ? e.code : String(e)),
  );

describe("email re-checks what the recipient may still see", () => {
  it("drops from the digest what became private, and everything of someone who left", async () => {
    const alice = await makeViewer("member");
    const colleague = await makeViewer("member", { organizationId: alice.organizationId! });
    const bob = await makeViewer("member");
    const leaver = await makeViewer("member", { organizationId: bob.organizationId! });
    for (const p of [colleague, bob, leaver]) await setDelivery(p.id, "daily_digest");
    const shared = await insertAction({ organizationId: alice.organizationId!, createdById: alice.id, visibility: "coalition" });
    const stays = await insertAction({ organizationId: alice.organizationId!, createdById: alice.id, visibility: "coalition" });
    for (const a of [shared, stays]) {
      await callerFor(alice).comments.create({ subjectType: "action", subjectId: a.id, body: `${mention(colleague)} ${mention(bob)} ${mention(leaver)} see this` });
    }
    await makePrivate(shared.id);
    await db.update(membership).set({ endedAt: new Date() }).where(and(eq(membership.userId, leaver.id), isNull(membership.endedAt)));

    await deliverDigests(new Date(Date.now() + 60_000));
    const [forColleague] = await mailsTo(colleague.email);
    expect(forColleague!.text).toContain(shared.title);
    expect(forColleague!.text).toContain(stays.title);
    const bobs = await mailsTo(bob.email);
    expect(bobs).toHaveLength(1);
    expect(bobs[0]!.subject).toContain("1 new notification");
    expect(bobs[0]!.text).toContain(stays.title);
    expect(bobs[0]!.text).not.toContain(shared.title);
    expect(await mailsTo(leaver.email)).toEqual([]);
    // Claimed all the same: a later run does not find them again.
    const unsent = await db.select().from(notification).where(and(eq(notification.userId, bob.id), isNull(notification.emailedAt)));
    expect(unsent).toEqual([]);
  });

  it("drops an immediate email whose subject became private before it went out", async () => {
    const alice = await makeViewer("member");
    const frank = await makeViewer("member");
    await setDelivery(frank.id, "off");
    const hidden = await insertAction({ organizationId: alice.organizationId!, createdById: alice.id, visibility: "coalition" });
    const open = await insertAction({ organizationId: alice.organizationId!, createdById: alice.id, visibility: "coalition" });
    for (const a of [hidden, open]) {
      await callerFor(alice).comments.create({ subjectType: "action", subjectId: a.id, body: `${mention(frank)} look` });
    }
    await makePrivate(hidden.id);
    // Frank turns immediate email on; the jobs pick up what was not emailed yet.
    await setDelivery(frank.id, "immediate");
    const ids = (await db.select({ id: notification.id }).from(notification).where(eq(notification.userId, frank.id))).map((n) => n.id);
    expect(await deliverImmediate(ids)).toBe(2);
    const mails = await mailsTo(frank.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain(open.id);
  });
});

describe("the mention picker discovers nobody", () => {
  it("matches names, never emails, and answers with names only", async () => {
    const alice = await makeViewer("member");
    const colleague = await makeViewer("member", { organizationId: alice.organizationId! });
    const action = await insertAction({ organizationId: alice.organizationId!, createdById: alice.id, visibility: "coalition" });
    const subject = { subjectType: "action" as const, subjectId: action.id };
    const as = callerFor(alice);
    const byName = await as.comments.mentionable({ ...subject, q: colleague.name.slice(-8) });
    expect(byName).toEqual([{ id: colleague.id, name: colleague.name }]);
    expect(await as.comments.mentionable({ ...subject, q: colleague.email.slice(0, 12) })).toEqual([]);
    expect(await codeOf(as.comments.mentionable({ ...subject, q: "m" }))).toBe("BAD_REQUEST");
  });

  it("offers another organisation's people only once they take part in the subject", async () => {
    const alice = await makeViewer("member");
    const outsider = await makeViewer("member");
    const outsidersColleague = await makeViewer("member", { organizationId: outsider.organizationId! });
    const action = await insertAction({ organizationId: alice.organizationId!, createdById: alice.id, visibility: "coalition" });
    const subject = { subjectType: "action" as const, subjectId: action.id };
    // Both can see the coalition action, but nobody of the other organisation has taken part yet.
    expect(await callerFor(alice).comments.mentionable({ ...subject, q: outsider.name.slice(-8) })).toEqual([]);
    const outsidersView = await callerFor(outsider).comments.mentionable({ ...subject, q: "" });
    expect(outsidersView.map((p) => p.id)).toContain(alice.id); // the author takes part
    expect(outsidersView.map((p) => p.id)).toContain(outsidersColleague.id);

    await callerFor(outsider).comments.create({ ...subject, body: "Happy to help" });
    expect(await callerFor(alice).comments.mentionable({ ...subject, q: outsider.name.slice(-8) })).toEqual([{ id: outsider.id, name: outsider.name }]);
    // Their colleague still has not taken part.
    expect(await callerFor(alice).comments.mentionable({ ...subject, q: outsidersColleague.name.slice(-8) })).toEqual([]);
  });

  it(`answers at most ${MENTIONABLE_LIMIT} people`, async () => {
    const alice = await makeViewer("member");
    for (let i = 0; i < MENTIONABLE_LIMIT + 3; i++) await makeViewer("member", { organizationId: alice.organizationId! });
    const action = await insertAction({ organizationId: alice.organizationId!, createdById: alice.id, visibility: "organization" });
    const people = await callerFor(alice).comments.mentionable({ subjectType: "action", subjectId: action.id, q: "Test member" });
    expect(people).toHaveLength(MENTIONABLE_LIMIT);
  });
});
