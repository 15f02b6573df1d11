// Accounts end to end at the service tier: invitations, sign-in, rate limits, password reset.
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db/client";
import { invitation, user } from "~/db/schema";
import { authenticate } from "~/server/services/accounts/authenticate";
import { getViewer } from "~/server/services/accounts/get-viewer";
import { MAX_FAILURES_PER_EMAIL } from "~/server/auth/sign-in-rate-limit";
import { callerFor, makeViewer, makeOrganization, setupDatabase, TEST_PASSWORD, unique } from "../../helpers/factories";
import { lastMailTo, tokenFromLastMail } from "../../helpers/mail";

beforeAll(setupDatabase);

const ip = () => `10.0.0.${Math.floor(Math.random() * 250) + 1}-${unique("ip")}`;

describe("invitations", () => {
  it("invites, mails a link in the invitee's language, and the link creates the account", async () => {
    const admin = await makeViewer("admin");
    const org = await makeOrganization();
    const email = `${unique("Ada")}@Example.test`;
    await callerFor(admin).users.invite({ email, role: "member", organizationId: org.id, locale: "zh", name: "Ada" });

    const mail = await lastMailTo(email.toLowerCase());
    expect(mail?.subject).toBe("邀请您加入保护责任追踪");
    expect(mail?.text).toContain("http://app.test/zh/invitations/");
    expect(mail?.transport).toBe("log");
    expect(mail?.sentAt).toBeInstanceOf(Date);

    const token = await tokenFromLastMail(email.toLowerCase(), "invitations");
    const anonymous = callerFor(null);
    expect(await anonymous.account.invitation({ token })).toMatchObject({ email: email.toLowerCase(), role: "member" });
    await anonymous.account.acceptInvitation({ token, name: "Ada Lovelace", password: "analytical engine" });

    const userId = await authenticate({ email, password: "analytical engine", ip: ip() });
    const [created] = await db.select({ id: user.id }).from(user).where(eq(user.email, email.toLowerCase()));
    expect(userId).toBe(created!.id);
    const viewer = await getViewer(userId!);
    expect(viewer).toMatchObject({ role: "member", organizationId: org.id, name: "Ada Lovelace", locale: "zh" });

    // A link works once.
    await expect(
      anonymous.account.acceptInvitation({ token, name: "Again", password: "analytical engine" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await anonymous.account.invitation({ token })).toBeNull();
  });

  it("refuses expired and revoked invitations", async () => {
    const admin = await makeViewer("admin");
    const email = `${unique("late")}@example.test`;
    const created = await callerFor(admin).users.invite({ email, role: "secretariat", locale: "en" });
    const token = await tokenFromLastMail(email, "invitations");
    await db.update(invitation).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(invitation.id, created.id));
    await expect(
      callerFor(null).account.acceptInvitation({ token, name: "Late", password: "a long password" }),
    ).rejects.toThrow(/invalid or expired/);

    const email2 = `${unique("revoked")}@example.test`;
    const second = await callerFor(admin).users.invite({ email: email2, role: "secretariat", locale: "en" });
    await callerFor(admin).users.revokeInvitation({ id: second.id });
    const token2 = await tokenFromLastMail(email2, "invitations");
    expect(await callerFor(null).account.invitation({ token: token2 })).toBeNull();
  });

  it("lets the secretariat invite anyone but an administrator", async () => {
    const secretariat = await makeViewer("secretariat");
    const caller = callerFor(secretariat);
    await expect(
      caller.users.invite({ email: `${unique("x")}@example.test`, role: "admin", locale: "en" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      caller.users.invite({ email: `${unique("x")}@example.test`, role: "secretariat", locale: "en" }),
    ).resolves.toMatchObject({ role: "secretariat" });
  });

  it("requires an organisation for members and a country for parliamentarians, per field", async () => {
    const admin = await makeViewer("admin");
    const caller = callerFor(admin);
    const noOrg = await caller.users
      .invite({ email: `${unique("m")}@example.test`, role: "member", locale: "en" })
      .catch((e: unknown) => e);
    expect(noOrg).toBeInstanceOf(TRPCError);
    expect((noOrg as TRPCError).code).toBe("BAD_REQUEST");
    expect(String((noOrg as TRPCError).cause)).toContain("organizationId");

    const noCountry = await caller.users
      .invite({ email: `${unique("p")}@example.test`, role: "parliamentarian", locale: "en" })
      .catch((e: unknown) => e);
    expect(String((noCountry as TRPCError).cause)).toContain("countryIso3");

    await expect(
      caller.users.invite({ email: `${unique("p")}@example.test`, role: "parliamentarian", countryIso3: "XXX", locale: "en" }),
    ).rejects.toThrow(/unknown country/);
  });

  it("refuses to invite an email that already has an account", async () => {
    const admin = await makeViewer("admin");
    const member = await makeViewer("member");
    await expect(
      callerFor(admin).users.invite({ email: member.email.toUpperCase(), role: "secretariat", locale: "en" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("sign-in", () => {
  it("accepts the right password only, case-insensitively on the email", async () => {
    const member = await makeViewer("member");
    expect(await authenticate({ email: member.email.toUpperCase(), password: TEST_PASSWORD, ip: ip() })).toBe(member.id);
    expect(await authenticate({ email: member.email, password: "wrong password", ip: ip() })).toBeNull();
    expect(await authenticate({ email: `${unique("ghost")}@example.test`, password: TEST_PASSWORD, ip: ip() })).toBeNull();
  });

  it(`limits failures per email to ${MAX_FAILURES_PER_EMAIL} in the window, whatever the address`, async () => {
    const member = await makeViewer("member");
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) {
      expect(await authenticate({ email: member.email, password: "nope nope", ip: ip() })).toBeNull();
    }
    await expect(authenticate({ email: member.email, password: TEST_PASSWORD, ip: ip() })).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
  });

  it("limits failures per address across emails", async () => {
    const address = ip();
    for (let i = 0; i < 30; i++) {
      await authenticate({ email: `${unique("spray")}@example.test`, password: "guess guess", ip: address });
    }
    const member = await makeViewer("member");
    await expect(authenticate({ email: member.email, password: TEST_PASSWORD, ip: address })).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    expect(await authenticate({ email: member.email, password: TEST_PASSWORD, ip: ip() })).toBe(member.id);
  });

  it("shuts out deactivated people at once, and lets them back when reactivated", async () => {
    const admin = await makeViewer("admin");
    const member = await makeViewer("member");
    await callerFor(admin).users.deactivate({ userId: member.id });
    expect(await getViewer(member.id)).toBeNull();
    expect(await authenticate({ email: member.email, password: TEST_PASSWORD, ip: ip() })).toBeNull();
    await callerFor(admin).users.reactivate({ userId: member.id });
    expect(await getViewer(member.id)).not.toBeNull();
  });

  it("does not let an admin deactivate themself", async () => {
    const admin = await makeViewer("admin");
    await expect(callerFor(admin).users.deactivate({ userId: admin.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("password reset", () => {
  it("mails a one-time link that sets a new password", async () => {
    const member = await makeViewer("member");
    const anonymous = callerFor(null);
    await anonymous.account.requestPasswordReset({ email: member.email });
    const token = await tokenFromLastMail(member.email, "reset-password");
    await anonymous.account.resetPassword({ token, password: "a brand new password" });
    expect(await authenticate({ email: member.email, password: "a brand new password", ip: ip() })).toBe(member.id);
    expect(await authenticate({ email: member.email, password: TEST_PASSWORD, ip: ip() })).toBeNull();
    await expect(anonymous.account.resetPassword({ token, password: "yet another password" })).rejects.toThrow(
      /invalid or expired/,
    );
  });

  it("answers the same for unknown emails and sends nothing", async () => {
    const email = `${unique("unknown")}@example.test`;
    await expect(callerFor(null).account.requestPasswordReset({ email })).resolves.toEqual({ ok: true });
    expect(await lastMailTo(email)).toBeNull();
  });

  it("refuses a password that is too short, naming the field", async () => {
    const error = await callerFor(null)
      .account.resetPassword({ token: "x".repeat(43), password: "short" })
      .catch((e: unknown) => e);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
    expect(String((error as TRPCError).cause)).toContain("password");
  });
});

describe("preferences", () => {
  it("saves name and language, and refuses a stale version", async () => {
    const member = await makeViewer("member");
    const caller = callerFor(member);
    const me = await caller.account.me();
    const saved = await caller.account.updatePreferences({ name: "Renamed", locale: "zh", version: me.version });
    expect(saved).toEqual({ name: "Renamed", locale: "zh", emailDelivery: "immediate", version: me.version + 1 });
    const stale = await caller.account
      .updatePreferences({ name: "Other", locale: "en", version: me.version })
      .catch((e: unknown) => e);
    expect((stale as TRPCError).code).toBe("CONFLICT");
    const [row] = await db.select().from(user).where(eq(user.id, member.id));
    expect(row).toMatchObject({ name: "Renamed", locale: "zh" });
  });
});
