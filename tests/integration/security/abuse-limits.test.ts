// Issue 17, finding 5 (amplification) at the service tier: links are checked before any password is
// hashed, reset requests / invitations / exports are rate-limited per person and per client address,
// exports are capped, and the ledger is pruned. Real argon2, real database, both engines.
import { randomBytes } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { and, eq, lt } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db/client";
import { advocacyAction, rateLimitEvent } from "~/db/schema";
import type { Viewer } from "~/server/auth/policy";
import { authenticate } from "~/server/services/accounts/authenticate";
import { MAX_EXPORT_ROWS_ANONYMOUS } from "~/server/services/export-limits";
import { runJobs } from "~/server/services/notifications/run-jobs";
import { RATE_LIMIT_RETENTION_MS, RATE_LIMITS } from "~/server/services/rate-limit";
import { callerFor, makeViewer, setupDatabase, TEST_PASSWORD, unique } from "../../helpers/factories";
import { createCaller } from "~/server/api/root";
import { createTRPCContext } from "~/server/api/trpc";
import { tokenFromLastMail } from "../../helpers/mail";

beforeAll(setupDatabase);

/** A caller whose requests come from one client address (what the route resolves). */
const callerAt = (ip: string, viewer: Viewer | null = null) =>
  createCaller(createTRPCContext({ viewer, ip, locale: "en" }));

/** A fresh documentation-range address per test, so test files sharing a database never collide. */
const anAddress = () => `198.18.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;

const errorOf = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as TRPCError);

function appData(err: TRPCError | null) {
  const cause = err?.cause as { code?: string; messageKey?: string; details?: Record<string, unknown> } | undefined;
  return { code: err?.code, appCode: cause?.code, messageKey: cause?.messageKey, details: cause?.details };
}

describe("links are checked before any password is hashed", () => {
  it("answers 50 made-up reset links at once in well under a second of wall and CPU time", async () => {
    const anonymous = callerFor(null);
    // One call first, so the measure is of the work and not of the first query's warm-up.
    await errorOf(anonymous.account.resetPassword({ token: randomBytes(32).toString("base64url"), password: "a long new password" }));
    const cpu = process.cpuUsage();
    const started = performance.now();
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        errorOf(anonymous.account.resetPassword({ token: randomBytes(32).toString("base64url"), password: "a long new password" })),
      ),
    );
    const wallMs = performance.now() - started;
    const used = process.cpuUsage(cpu);
    expect(results.every((e) => e?.code === "BAD_REQUEST" && appData(e).messageKey === "resetInvalid")).toBe(true);
    expect(wallMs).toBeLessThan(1000);
    // 50 argon2id hashes cost seconds of CPU (on the libuv pool, counted here); 50 lookups do not.
    expect((used.user + used.system) / 1000).toBeLessThan(500);
  });

  it("does the same for made-up invitation links", async () => {
    const anonymous = callerFor(null);
    const cpu = process.cpuUsage();
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        errorOf(anonymous.account.acceptInvitation({ token: randomBytes(32).toString("base64url"), name: "X", password: "a long new password" })),
      ),
    );
    const used = process.cpuUsage(cpu);
    expect(results.every((e) => appData(e).messageKey === "invitationInvalid")).toBe(true);
    expect((used.user + used.system) / 1000).toBeLessThan(500);
  });

  it("still spends a real link once, and sets the password", async () => {
    const member = await makeViewer("member");
    await callerAt(anAddress()).account.requestPasswordReset({ email: member.email });
    const token = await tokenFromLastMail(member.email, "reset-password");
    const [first, second] = await Promise.all([
      errorOf(callerFor(null).account.resetPassword({ token, password: "first new password" })),
      errorOf(callerFor(null).account.resetPassword({ token, password: "second new password" })),
    ]);
    expect([first, second].filter((e) => e === null)).toHaveLength(1);
    const winner = first === null ? "first new password" : "second new password";
    expect(await authenticate({ email: member.email, password: winner, ip: anAddress() })).toBe(member.id);
  });
});

describe("password-reset requests are rate-limited", () => {
  it(`allows ${RATE_LIMITS.passwordResetPerEmail.max} an hour per email, the same for known and unknown emails`, async () => {
    const member = await makeViewer("member");
    const ghost = `${unique("ghost")}@example.test`;
    const outcomes: Record<string, unknown[]> = { known: [], unknown: [] };
    for (let i = 0; i <= RATE_LIMITS.passwordResetPerEmail.max; i++) {
      // A new address each time: the per-email limit must hold however the requests are spread.
      outcomes.known!.push(appData(await errorOf(callerAt(anAddress()).account.requestPasswordReset({ email: member.email }))));
      outcomes.unknown!.push(appData(await errorOf(callerAt(anAddress()).account.requestPasswordReset({ email: ghost }))));
    }
    const ok = appData(null);
    const limited = { code: "TOO_MANY_REQUESTS", appCode: "RATE_LIMITED", messageKey: "limits.passwordResetRateLimited" };
    expect(outcomes.known!.slice(0, -1)).toEqual(outcomes.known!.slice(0, -1).map(() => ok));
    expect(outcomes.known!.at(-1)).toMatchObject(limited);
    // No enumeration: an email without an account gets exactly the same sequence of answers.
    expect(outcomes.unknown!.map((o) => ({ ...(o as object), details: undefined }))).toEqual(
      outcomes.known!.map((o) => ({ ...(o as object), details: undefined })),
    );
    expect((outcomes.known!.at(-1) as { details: { retryAfterSeconds: number } }).details.retryAfterSeconds).toBeGreaterThan(3000);
  });

  it(`allows ${RATE_LIMITS.passwordResetPerAddress.max} an hour per client address, and IPv6 counts by /64`, async () => {
    const address = anAddress();
    for (let i = 0; i < RATE_LIMITS.passwordResetPerAddress.max; i++) {
      await callerAt(address).account.requestPasswordReset({ email: `${unique("spray")}@example.test` });
    }
    const refused = await errorOf(callerAt(address).account.requestPasswordReset({ email: `${unique("spray")}@example.test` }));
    expect(appData(refused)).toMatchObject({ appCode: "RATE_LIMITED", messageKey: "limits.passwordResetRateLimited" });
    await expect(callerAt(anAddress()).account.requestPasswordReset({ email: `${unique("other")}@example.test` })).resolves.toEqual({ ok: true });

    const prefix = `2001:db8:${randomBytes(2).toString("hex")}:${randomBytes(2).toString("hex")}`;
    for (let i = 0; i < RATE_LIMITS.passwordResetPerAddress.max; i++) {
      await callerAt(`${prefix}::${(i + 1).toString(16)}`).account.requestPasswordReset({ email: `${unique("v6")}@example.test` });
    }
    const rotated = await errorOf(callerAt(`${prefix}:ffff:ffff:ffff:ffff`).account.requestPasswordReset({ email: `${unique("v6")}@example.test` }));
    expect(appData(rotated).appCode).toBe("RATE_LIMITED");
  });

  it("keeps neither the email nor the address in the ledger, only keyed hashes", async () => {
    const email = `${unique("private")}@example.test`;
    const address = anAddress();
    await callerAt(address).account.requestPasswordReset({ email });
    expect(await db.select().from(rateLimitEvent).where(eq(rateLimitEvent.key, email))).toEqual([]);
    expect(await db.select().from(rateLimitEvent).where(eq(rateLimitEvent.key, address))).toEqual([]);
  });
});

describe("invitations are rate-limited", () => {
  it(`sends one email address at most ${RATE_LIMITS.invitationPerEmail.max} invitations a day`, async () => {
    const admin = await makeViewer("admin");
    const email = `${unique("invitee")}@example.test`;
    for (let i = 0; i < RATE_LIMITS.invitationPerEmail.max; i++) {
      await callerAt(anAddress(), admin).users.invite({ email, role: "secretariat", locale: "en" });
    }
    const refused = await errorOf(callerAt(anAddress(), admin).users.invite({ email, role: "secretariat", locale: "en" }));
    expect(appData(refused)).toMatchObject({ code: "TOO_MANY_REQUESTS", messageKey: "limits.invitationEmailRateLimited" });
  });

  it(`lets one inviter send at most ${RATE_LIMITS.invitationPerInviter.max} an hour`, async () => {
    const admin = await makeViewer("admin");
    for (let i = 0; i < RATE_LIMITS.invitationPerInviter.max; i++) {
      await callerAt(anAddress(), admin).users.invite({ email: `${unique("bulk")}@example.test`, role: "secretariat", locale: "en" });
    }
    const refused = await errorOf(
      callerAt(anAddress(), admin).users.invite({ email: `${unique("bulk")}@example.test`, role: "secretariat", locale: "en" }),
    );
    expect(appData(refused)).toMatchObject({ appCode: "RATE_LIMITED", messageKey: "limits.invitationRateLimited" });
    // Another admin is not affected.
    await expect(
      callerAt(anAddress(), await makeViewer("admin")).users.invite({ email: `${unique("x")}@example.test`, role: "secretariat", locale: "en" }),
    ).resolves.toMatchObject({ role: "secretariat" });
  });
});

describe("exports", () => {
  it(`give an anonymous visitor at most ${MAX_EXPORT_ROWS_ANONYMOUS} rows, a signed-in person more`, async () => {
    const author = await makeViewer("member");
    const word = `zq${randomBytes(6).toString("hex")}`;
    const total = MAX_EXPORT_ROWS_ANONYMOUS + 5;
    await db.insert(advocacyAction).values(
      Array.from({ length: total }, (_, i) => ({
        organizationId: author.organizationId!,
        createdById: author.id,
        visibility: "public" as const,
        kind: "meeting" as const,
        // Long ago, so these rows never crowd another test's first page.
        date: "2001-01-01",
        title: `${word} ${i}`,
      })),
    );
    const count = async (caller: ReturnType<typeof callerAt>) =>
      (JSON.parse((await caller.actions.export({ format: "json", q: word })).content) as { items: unknown[] }).items.length;
    expect(await count(callerAt(anAddress()))).toBe(MAX_EXPORT_ROWS_ANONYMOUS);
    expect(await count(callerAt(anAddress(), await makeViewer("secretariat")))).toBe(total);
  });

  it(`let one anonymous address download ${RATE_LIMITS.exportAnonymousPerAddress.max} files in ten minutes`, async () => {
    const address = anAddress();
    const word = `zq${randomBytes(6).toString("hex")}`;
    for (let i = 0; i < RATE_LIMITS.exportAnonymousPerAddress.max; i++) {
      await (i % 2 ? callerAt(address).records.export({ type: "commitment", format: "csv", measure: word }) : callerAt(address).actions.export({ format: "csv", q: word }));
    }
    const refused = await errorOf(callerAt(address).actions.export({ format: "json", q: word }));
    expect(appData(refused)).toMatchObject({ code: "TOO_MANY_REQUESTS", messageKey: "limits.exportRateLimited" });
    await expect(callerAt(anAddress()).actions.export({ format: "csv", q: word })).resolves.toMatchObject({ mime: "text/csv" });
  });

  it(`count a signed-in person as themself: ${RATE_LIMITS.exportPerUser.max} in ten minutes, wherever from`, async () => {
    const member = await makeViewer("member");
    const word = `zq${randomBytes(6).toString("hex")}`;
    for (let i = 0; i < RATE_LIMITS.exportPerUser.max; i++) {
      await callerAt(anAddress(), member).actions.export({ format: "csv", q: word });
    }
    const refused = await errorOf(callerAt(anAddress(), member).actions.export({ format: "csv", q: word }));
    expect(appData(refused).appCode).toBe("RATE_LIMITED");
  });
});

describe("the ledger", () => {
  it("is pruned by the jobs runner once no window can count a row", async () => {
    const bucket = unique("test.bucket");
    const now = new Date();
    await db.insert(rateLimitEvent).values([
      { bucket, key: "old", createdAt: new Date(now.getTime() - RATE_LIMIT_RETENTION_MS - 60_000) },
      { bucket, key: "recent", createdAt: new Date(now.getTime() - 60_000) },
    ]);
    await runJobs(now);
    const left = await db.select({ key: rateLimitEvent.key }).from(rateLimitEvent).where(eq(rateLimitEvent.bucket, bucket));
    expect(left).toEqual([{ key: "recent" }]);
    const stale = await db
      .select()
      .from(rateLimitEvent)
      .where(and(eq(rateLimitEvent.bucket, bucket), lt(rateLimitEvent.createdAt, new Date(now.getTime() - RATE_LIMIT_RETENTION_MS))));
    expect(stale).toEqual([]);
  });

  it("never holds a window longer than the retention", () => {
    for (const limit of Object.values(RATE_LIMITS)) expect(limit.windowMs).toBeLessThanOrEqual(RATE_LIMIT_RETENTION_MS);
  });
});

describe("sign-in from an unknown address", () => {
  it("does not put every such client in one bucket: 30 failures from anyone lock out no one else", async () => {
    for (let i = 0; i < 31; i++) {
      await authenticate({ email: `${unique("spray")}@example.test`, password: "guess guess", ip: "unknown" });
    }
    const member = await makeViewer("member");
    expect(await authenticate({ email: member.email, password: TEST_PASSWORD, ip: "unknown" })).toBe(member.id);
  });
});
