// Two-step sign-in: enrolment, the second sign-in step, recovery codes, the requirement for staff and
// for organisations that ask for it, and an admin's reset (issue 17, "Two-factor sign-in").
import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import { generate } from "otplib";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db/client";
import { auditEvent, user } from "~/db/schema";
import type { Viewer } from "~/server/auth/policy";
import { getViewer, getSessionViewer } from "~/server/services/accounts/get-viewer";
import { passwordStep, secondFactorStep, type SignInStep } from "~/server/auth/sign-in-steps";
import { decryptSecret } from "~/server/services/two-factor/secret-box";
import { callerFor, makeViewer, setupDatabase, TEST_PASSWORD, unique } from "../../helpers/factories";
import { enrolTwoFactor, TEST_TOTP_SECRET, totpCode } from "../../helpers/two-factor";

beforeAll(setupDatabase);

const ip = () => unique("10.2.0");

async function challengeFor(viewer: Viewer) {
  const step = await passwordStep({ email: viewer.email, password: TEST_PASSWORD, ip: ip() });
  if (step.kind !== "second_factor_required") throw new Error(`expected a second step, got ${step.kind}`);
  return step.challenge;
}

const codeStep = async (viewer: Viewer, code: string): Promise<SignInStep> =>
  secondFactorStep({ challenge: await challengeFor(viewer), code, ip: ip() });

/** A six-digit code that is none of the three the server accepts now (previous, current, next step). */
async function wrongCode() {
  const valid = new Set([await totpCode(TEST_TOTP_SECRET, -1), await totpCode(), await totpCode(TEST_TOTP_SECRET, 1)]);
  let n = 0;
  while (valid.has(String(n).padStart(6, "0"))) n++;
  return String(n).padStart(6, "0");
}

async function auditActions(userId: string) {
  const rows = await db.select({ action: auditEvent.action }).from(auditEvent).where(eq(auditEvent.entityId, userId));
  return rows.map((r) => r.action);
}

async function errorOf(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError & { cause?: { messageKey?: string } };
}

describe("enrolment", () => {
  it("sets up TOTP from a QR code, confirms with a first code and shows ten recovery codes once", async () => {
    const member = await makeViewer("member");
    const caller = callerFor(member);
    const started = await caller.twoFactor.beginEnrolment();
    expect(started.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(started.otpauthUri).toContain(`secret=${started.secret}`);

    // Stored encrypted, never in clear.
    const [row] = await db.select({ totpSecret: user.totpSecret }).from(user).where(eq(user.id, member.id));
    expect(row!.totpSecret).not.toContain(started.secret);
    expect(decryptSecret(row!.totpSecret!)).toBe(started.secret);

    const wrong = await errorOf(caller.twoFactor.confirmEnrolment({ code: "000000" }));
    expect(wrong.code).toBe("BAD_REQUEST");
    expect((await caller.twoFactor.status()).enabled).toBe(false);

    const { recoveryCodes } = await caller.twoFactor.confirmEnrolment({ code: await generate({ secret: started.secret }) });
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    expect(await caller.twoFactor.status()).toMatchObject({ enabled: true, pending: false, recoveryCodesLeft: 10 });
    expect(await auditActions(member.id)).toEqual(expect.arrayContaining(["two_factor.enrolment_start", "two_factor.enable"]));
    // Starting over is refused once it is on: it must be turned off first.
    expect((await errorOf(caller.twoFactor.beginEnrolment())).code).toBe("CONFLICT");
  });

  it("refuses a secret tampered with in the database", () => {
    expect(decryptSecret("v1.AAAA.BBBB.CCCC")).toBeNull();
    expect(decryptSecret(TEST_TOTP_SECRET)).toBeNull();
  });
});

describe("signing in with a second factor", () => {
  it("asks for the code after the password, and opens a session only with a valid one", async () => {
    const member = await makeViewer("member");
    await enrolTwoFactor(member.id);
    expect(await codeStep(member, await wrongCode())).toEqual({ kind: "refused", reason: "code" });
    const step = await codeStep(member, await totpCode());
    expect(step).toMatchObject({ kind: "signed_in", mustEnrolTwoFactor: false });
  });

  it("says the same for a wrong password whether or not the account has a second factor", async () => {
    const member = await makeViewer("member");
    await enrolTwoFactor(member.id);
    expect(await passwordStep({ email: member.email, password: "not the password", ip: ip() })).toEqual({ kind: "refused", reason: "credentials" });
    expect(await passwordStep({ email: `${unique("ghost")}@example.test`, password: "x", ip: ip() })).toEqual({ kind: "refused", reason: "credentials" });
  });

  it("refuses the same TOTP code twice (replay)", async () => {
    const member = await makeViewer("member");
    await enrolTwoFactor(member.id);
    const code = await totpCode();
    expect((await codeStep(member, code)).kind).toBe("signed_in");
    expect(await codeStep(member, code)).toEqual({ kind: "refused", reason: "code" });
  });

  it("accepts a recovery code once, audits its use, and refuses it the second time", async () => {
    const member = await makeViewer("member");
    const caller = callerFor(member);
    const { secret } = await caller.twoFactor.beginEnrolment();
    const { recoveryCodes } = await caller.twoFactor.confirmEnrolment({ code: await generate({ secret }) });
    const recovery = recoveryCodes[3]!;
    expect((await codeStep(member, recovery.toUpperCase())).kind).toBe("signed_in");
    expect(await codeStep(member, recovery)).toEqual({ kind: "refused", reason: "code" });
    expect(await auditActions(member.id)).toContain("two_factor.recovery_code_use");
    expect((await caller.twoFactor.status()).recoveryCodesLeft).toBe(9);
    // Someone else's recovery code is no use.
    const other = await makeViewer("member");
    await enrolTwoFactor(other.id);
    expect(await codeStep(other, recoveryCodes[4]!)).toEqual({ kind: "refused", reason: "code" });
  });

  it("refuses a forged challenge, and one issued before the sessions were ended", async () => {
    const member = await makeViewer("member");
    await enrolTwoFactor(member.id);
    expect(await secondFactorStep({ challenge: "forged", code: await totpCode(), ip: ip() })).toEqual({
      kind: "refused",
      reason: "challenge_expired",
    });
    const challenge = await challengeFor(member);
    const admin = await makeViewer("admin");
    await callerFor(admin).twoFactor.reset({ userId: member.id });
    expect(await secondFactorStep({ challenge, code: await totpCode(), ip: ip() })).toEqual({
      kind: "refused",
      reason: "challenge_expired",
    });
  });

  it("counts wrong codes as failed sign-ins: the sixth guess in a quarter hour is refused", async () => {
    const member = await makeViewer("member");
    await enrolTwoFactor(member.id);
    const challenge = await challengeFor(member);
    const address = ip();
    for (let i = 0; i < 5; i++) {
      expect((await secondFactorStep({ challenge, code: "abcde-fghjk", ip: address })).kind).toBe("refused");
    }
    await expect(secondFactorStep({ challenge, code: await totpCode(), ip: address })).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });
});

describe("a required second factor", () => {
  it("lets staff without one reach only the enrolment, with a clear message", async () => {
    const secretariat = await makeViewer("secretariat", { twoFactor: false });
    expect(secretariat.mustEnrolTwoFactor).toBe(true);
    const caller = callerFor(secretariat);
    const refused = await errorOf(caller.dashboard.overview({ by: "region" }));
    expect(refused.code).toBe("FORBIDDEN");
    expect(refused.cause).toMatchObject({ messageKey: "twoFactorRequired" });
    expect((await errorOf(caller.account.me())).code).toBe("FORBIDDEN");
    expect((await errorOf(caller.records.list({ country: "KEN" }))).code).toBe("FORBIDDEN");

    expect(await caller.twoFactor.status()).toMatchObject({ enabled: false, required: true });
    const { secret } = await caller.twoFactor.beginEnrolment();
    await caller.twoFactor.confirmEnrolment({ code: await generate({ secret }) });
    const enrolled = (await getViewer(secretariat.id))!;
    expect(enrolled.mustEnrolTwoFactor).toBe(false);
    await expect(callerFor(enrolled).account.me()).resolves.toMatchObject({ email: secretariat.email });
  });

  it("signs staff without a second factor in straight to the enrolment", async () => {
    const admin = await makeViewer("admin", { twoFactor: false });
    expect(await passwordStep({ email: admin.email, password: TEST_PASSWORD, ip: ip() })).toMatchObject({
      kind: "signed_in",
      mustEnrolTwoFactor: true,
    });
  });

  it("an organisation's member can require it of colleagues; only an admin can lift it", async () => {
    const member = await makeViewer("member");
    const colleague = await makeViewer("member", { organizationId: member.organizationId! });
    const outsider = await makeViewer("member");
    const input = { organizationId: member.organizationId!, required: true };

    expect((await errorOf(callerFor(outsider).twoFactor.setOrganizationRequirement(input))).code).toBe("FORBIDDEN");
    await expect(callerFor(member).twoFactor.setOrganizationRequirement(input)).resolves.toEqual({
      organizationId: member.organizationId,
      requireTwoFactor: true,
    });
    expect((await getViewer(colleague.id))!.mustEnrolTwoFactor).toBe(true);
    expect((await getViewer(outsider.id))!.mustEnrolTwoFactor).toBe(false);

    const lift = { ...input, required: false };
    // The member is now refused everything but enrolment, lifting included.
    const memberNow = (await getViewer(member.id))!;
    expect((await errorOf(callerFor(memberNow).twoFactor.setOrganizationRequirement(lift))).code).toBe("FORBIDDEN");
    await enrolTwoFactor(member.id);
    expect((await errorOf(callerFor((await getViewer(member.id))!).twoFactor.setOrganizationRequirement(lift))).code).toBe("FORBIDDEN");
    const admin = await makeViewer("admin");
    await callerFor(admin).twoFactor.setOrganizationRequirement(lift);
    expect((await getViewer(colleague.id))!.mustEnrolTwoFactor).toBe(false);
    const events = await db
      .select({ action: auditEvent.action })
      .from(auditEvent)
      .where(and(eq(auditEvent.entityId, member.organizationId!), eq(auditEvent.entityType, "organization")));
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(["organization.require_two_factor", "organization.relax_two_factor"]));
  });
});

describe("managing one's second factor", () => {
  it("turning it off and renewing recovery codes need a current code from the app", async () => {
    const member = await makeViewer("member");
    const caller = callerFor(member);
    const { secret } = await caller.twoFactor.beginEnrolment();
    const first = await caller.twoFactor.confirmEnrolment({ code: await generate({ secret }) });

    expect((await errorOf(caller.twoFactor.regenerateRecoveryCodes({ code: "000000" }))).code).toBe("BAD_REQUEST");
    const renewed = await caller.twoFactor.regenerateRecoveryCodes({ code: await generate({ secret, epoch: Date.now() / 1000 + 30 }) });
    expect(renewed.recoveryCodes).toHaveLength(10);
    // The old codes are gone.
    expect(await codeStep(member, first.recoveryCodes[0]!)).toEqual({ kind: "refused", reason: "code" });

    expect((await errorOf(caller.twoFactor.disable({ code: "000000" }))).code).toBe("BAD_REQUEST");
    await db.update(user).set({ totpLastStep: null }).where(eq(user.id, member.id));
    await caller.twoFactor.disable({ code: await generate({ secret }) });
    expect(await caller.twoFactor.status()).toMatchObject({ enabled: false, recoveryCodesLeft: 0 });
    expect((await passwordStep({ email: member.email, password: TEST_PASSWORD, ip: ip() })).kind).toBe("signed_in");
    expect(await auditActions(member.id)).toEqual(expect.arrayContaining(["two_factor.recovery_codes_renew", "two_factor.disable"]));
  });
});

describe("an admin's reset", () => {
  it("clears the second factor, ends the person's sessions and is audited; no one else may", async () => {
    const secretariat = await makeViewer("secretariat");
    const [before] = await db.select({ sv: user.sessionVersion }).from(user).where(eq(user.id, secretariat.id));
    const session = { userId: secretariat.id, sessionVersion: before!.sv };
    expect(await getSessionViewer(session)).not.toBeNull();

    const other = await makeViewer("secretariat");
    expect((await errorOf(callerFor(other).twoFactor.reset({ userId: secretariat.id }))).code).toBe("FORBIDDEN");
    const admin = await makeViewer("admin");
    expect((await errorOf(callerFor(admin).twoFactor.reset({ userId: admin.id }))).code).toBe("FORBIDDEN");

    await callerFor(admin).twoFactor.reset({ userId: secretariat.id });
    expect(await getSessionViewer(session)).toBeNull();
    expect((await getViewer(secretariat.id))!.mustEnrolTwoFactor).toBe(true);
    expect(await auditActions(secretariat.id)).toContain("two_factor.reset");
  });
});
