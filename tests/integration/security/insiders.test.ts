// Issue 17, finding 7 — what an insider (an admin, the secretariat, a curious member) cannot do:
// read a live one-time link from the mailbox, join an organisation unnoticed, read an organisation's
// private work, or discover the coalition's people through the mention picker. Decision 016.
import { textIn } from "~/db/localized-text";
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db/client";
import { auditEvent, mailMessage, membership, notification, organization } from "~/db/schema";
import type { Viewer } from "~/server/auth/policy";
import { REDACTED, redactSecrets } from "~/server/mail/redact-secrets";
import { getViewer } from "~/server/services/accounts/get-viewer";
import { newToken } from "~/server/services/accounts/secrets";
import { readEvidenceFile } from "~/server/services/uploads/evidence-files";
import { actionInput } from "../../helpers/actions";
import { callerFor, makeViewer, makeOrganization, setupDatabase, unique } from "../../helpers/factories";
import { lastDeliveredMailTo, lastMailTo, tokenFromLastMail } from "../../helpers/mail";

beforeAll(setupDatabase);

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => "OK",
    (e: unknown) => (e instanceof TRPCError ? e.code : ((e as { code?: string }).code ?? String(e))),
  );
/** The code and the fields named by a refused call. */
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => "OK",
    (e: unknown) => `${(e as TRPCError).code} ${String((e as TRPCError).cause)}`,
  );
// The name as an English reader sees it (the organisation names are localized texts, decision 027).
const orgName = async (id: string) => textIn((await db.select().from(organization).where(eq(organization.id, id)))[0]!.name, "en");
const mailboxOf = async (admin: Viewer, to: string) =>
  (await callerFor(admin).admin.mailbox({ page: 1, pageSize: 500 })).items.filter((m) => m.to === to);

describe("the mailbox keeps no live secret", () => {
  it("stores and shows invitation and reset mail with the link redacted; only the recipient's copy has it", async () => {
    const admin = await makeViewer("admin");
    const org = await makeOrganization();
    const email = `${unique("invitee")}@example.test`;
    await callerFor(admin).users.invite({ email, role: "member", organizationId: org.id, locale: "en" });
    const token = await tokenFromLastMail(email, "invitations");
    const stored = await lastMailTo(email);
    expect(stored!.text).toContain(`http://app.test/en/invitations/${REDACTED}`);
    expect(stored!.text).not.toContain(token);
    const shown = await mailboxOf(admin, email);
    expect(shown).toHaveLength(1);
    expect(JSON.stringify(shown)).not.toContain(token);

    const member = await makeViewer("member");
    await callerFor(null).account.requestPasswordReset({ email: member.email });
    const resetToken = await tokenFromLastMail(member.email, "reset-password");
    expect((await lastMailTo(member.email))!.text).toContain(`/reset-password/${REDACTED}`);
    expect(JSON.stringify(await mailboxOf(admin, member.email))).not.toContain(resetToken);
    const [row] = await db.select().from(mailMessage).where(eq(mailMessage.to, member.email));
    expect(JSON.stringify(row)).not.toContain(resetToken);

    // The recipient's link still works: redaction is of the kept copy only.
    await callerFor(null).account.acceptInvitation({ token, name: "Ines", password: "a long password" });
    await callerFor(null).account.resetPassword({ token: resetToken, password: "a new long password" });
  });

  it("redacts, on the way out, rows written before redaction existed", async () => {
    const admin = await makeViewer("admin");
    const to = `${unique("legacy")}@example.test`;
    const { token } = newToken();
    await db.insert(mailMessage).values({ to, subject: "Old", text: `http://app.test/en/reset-password/${token}`, transport: "log" });
    const [shown] = await mailboxOf(admin, to);
    expect(shown!.text).toBe(`http://app.test/en/reset-password/${REDACTED}`);
  });

  it("redacts every token the app makes, and keeps ids in ordinary links readable", () => {
    for (let i = 0; i < 200; i++) {
      const { token } = newToken();
      expect(redactSecrets(`see ${token}.`)).toBe(`see ${REDACTED}.`);
    }
    const link = "http://app.test/en/actions/0b6f5a4e-3c1d-4e2f-9a8b-7c6d5e4f3a2b";
    expect(redactSecrets(link)).toBe(link);
  });

  it("keeps notification mail whole, so admins can still see what was sent", async () => {
    const author = await makeViewer("member");
    const colleague = await makeViewer("member", { organizationId: author.organizationId! });
    const action = await callerFor(author).actions.create(await actionInput());
    await callerFor(author).tasks.create({ subjectType: "action", subjectId: action.id, title: "Call them", assigneeId: colleague.id });
    const kept = await lastMailTo(colleague.email);
    expect(kept!.text).toContain(`http://app.test/en/actions/${action.id}`);
    expect(kept!.text).toBe((await lastDeliveredMailTo(colleague.email))!.text);
  });
});

describe("joining an organisation is visible", () => {
  it("tells its people when someone accepts an invitation into it, naming who invited them", async () => {
    const secretariat = await makeViewer("secretariat");
    const alice = await makeViewer("member");
    const elsewhere = await makeViewer("member");
    const email = `${unique("alias")}@example.test`;
    await callerFor(secretariat).users.invite({ email, role: "member", organizationId: alice.organizationId!, locale: "en" });
    const token = await tokenFromLastMail(email, "invitations");
    await callerFor(null).account.acceptInvitation({ token, name: "Quiet Alias", password: "a long password" });

    const line = `Quiet Alias (${email}) joined your organisation “${await orgName(alice.organizationId!)}”, added by ${secretariat.name}`;
    expect((await callerFor(alice).notifications.list({})).items.map((i) => i.text)).toContain(line);
    // By email too (Alice has the default, immediate delivery).
    expect((await lastDeliveredMailTo(alice.email))!.text).toContain(line);
    // Nobody else hears of it; the newcomer is not told about themself.
    expect((await callerFor(elsewhere).notifications.list({})).items).toEqual([]);
    expect(await db.select().from(notification).where(eq(notification.userId, secretariat.id))).toEqual(
      expect.not.arrayContaining([expect.objectContaining({ kind: "member_joined" })]),
    );
  });

  it("tells its people when an admin moves someone into it, and never lets an admin move themself", async () => {
    const admin = await makeViewer("admin");
    const alice = await makeViewer("member");
    const bob = await makeViewer("member");
    await callerFor(admin).users.changeRole({ userId: bob.id, role: "member", organizationId: alice.organizationId! });
    const texts = (await callerFor(alice).notifications.list({})).items.map((i) => i.text);
    expect(texts).toContain(`${bob.name} (${bob.email}) joined your organisation “${await orgName(alice.organizationId!)}”, added by ${admin.name}`);
    const audit = await db.select().from(auditEvent).where(eq(auditEvent.entityId, bob.id));
    expect(audit.map((a) => a.action)).toContain("user.change_role");

    expect(await codeOf(callerFor(admin).users.changeRole({ userId: admin.id, role: "member", organizationId: alice.organizationId! }))).toBe(
      "FORBIDDEN",
    );
    const mine = await db.select().from(membership).where(eq(membership.userId, admin.id));
    expect(mine.map((m) => [m.role, m.organizationId, m.endedAt])).toEqual([["admin", null, null]]);
  });

  it("drops the news from a person who has since left the organisation", async () => {
    const admin = await makeViewer("admin");
    const alice = await makeViewer("member");
    const leaver = await makeViewer("member", { organizationId: alice.organizationId! });
    const bob = await makeViewer("member");
    await callerFor(admin).users.changeRole({ userId: bob.id, role: "member", organizationId: alice.organizationId! });
    expect((await callerFor(leaver).notifications.list({})).total).toBe(1);
    await callerFor(admin).users.changeRole({ userId: leaver.id, role: "member", organizationId: (await makeOrganization()).id });
    const now = (await getViewer(leaver.id))!;
    expect((await callerFor(now).notifications.list({})).total).toBe(0);
  });

  it("gives staff no organisation: not by invitation, not by a role change", async () => {
    const admin = await makeViewer("admin");
    const org = await makeOrganization();
    for (const role of ["secretariat", "admin"] as const) {
      const invited = await refusal(callerFor(admin).users.invite({ email: `${unique("staff")}@example.test`, role, organizationId: org.id, locale: "en" }));
      expect(invited).toMatch(/^BAD_REQUEST [\s\S]*"organizationId"[\s\S]*noOrganizationForRole/);
      const someone = await makeViewer("member");
      expect(await refusal(callerFor(admin).users.changeRole({ userId: someone.id, role, organizationId: org.id }))).toMatch(/^BAD_REQUEST [\s\S]*"organizationId"[\s\S]*noOrganizationForRole/);
    }
  });
});

describe("staff never read an organisation's private work", () => {
  it("on any read path, even with a membership row naming the organisation, and not in the audit log", async () => {
    const author = await makeViewer("member");
    const colleague = await makeViewer("member", { organizationId: author.organizationId! });
    const word = unique("omega").replace("-", "");
    const pdf = Buffer.from("%PDF-1.4\n%%EOF\n").toString("base64");
    const file = await callerFor(author).records.uploadEvidence({ fileName: "minutes.pdf", contentBase64: pdf });
    const action = await callerFor(author).actions.create(
      await actionInput({ title: `${word} private meeting`, summary: `${word} who we met`, attachments: [{ kind: "file", uploadId: file.id, label: "" }] }),
    );
    const subject = { subjectType: "action" as const, subjectId: action.id };
    const said = await callerFor(author).comments.create({ ...subject, body: `${word} what was said` });
    const todo = await callerFor(author).tasks.create({ ...subject, title: `${word} follow up`, assigneeId: colleague.id });

    const org = author.organizationId!;
    const staff = [
      await makeViewer("secretariat"),
      await makeViewer("admin"),
      // The shape "the secretariat invited itself in" would take in old data: a staff row naming the organisation.
      await makeViewer("secretariat", { organizationId: org }),
      await makeViewer("admin", { organizationId: org }),
    ];
    for (const s of staff) {
      const as = callerFor(s);
      const who = `${s.role} ${s.id}`;
      expect(s.organizationId, who).toBeNull();
      expect(await codeOf(as.actions.get({ id: action.id })), who).toBe("NOT_FOUND");
      expect(JSON.stringify(await as.actions.list({ q: word, pageSize: 100 })), who).not.toContain(action.id);
      expect(JSON.stringify(await as.actions.list({ visibility: "organization", pageSize: 500 })), who).not.toContain(action.id);
      for (const format of ["csv", "json"] as const) {
        expect(JSON.stringify(await as.actions.export({ format, q: word })), who).not.toContain(word);
      }
      expect(JSON.stringify(await as.documents.search({ q: word, pageSize: 100 })), who).not.toContain(action.id);
      expect(JSON.stringify(await as.activity.list({ pageSize: 200 })), who).not.toContain(action.id);
      // One at a time: a rejection not yet awaited would be reported as unhandled.
      for (const read of [() => as.comments.list(subject), () => as.comments.mentionable(subject), () => as.tasks.forSubject(subject)]) {
        expect(await codeOf(read()), who).toBe("NOT_FOUND");
      }
      expect(await codeOf(readEvidenceFile(s, file.id)), who).toBe("NOT_FOUND");
      expect(JSON.stringify(await as.notifications.list({ pageSize: 100 })), who).not.toContain(word);
    }

    // Admins read the audit log: the events are there (who, what, when), their content is not.
    const admin = staff[1]!;
    for (const entityId of [action.id, said.id, todo.id]) {
      const { items } = await callerFor(admin).admin.auditEvents({ entityId });
      expect(items.length, entityId).toBeGreaterThan(0);
      expect(JSON.stringify(items), entityId).not.toContain(word);
      expect(items[0]!.after).toMatchObject({ organizationPrivate: true, fields: expect.arrayContaining(["id"]) });
    }
    // Once the organisation shares the action with the coalition, the history of what it shared reads again…
    await callerFor(author).actions.update({ id: action.id, version: action.version, ...(await actionInput({ title: `${word} now shared`, visibility: "coalition" })) });
    const shared = await callerFor(admin).admin.auditEvents({ entityId: action.id, action: "action.create" });
    // …but not the state it recorded while private.
    expect(JSON.stringify(shared.items)).not.toContain(word);
  });
});
