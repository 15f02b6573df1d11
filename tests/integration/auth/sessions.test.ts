// Sessions end when they should, and sign-in cannot be forged from another site (issue 17, finding 6).
import { eq } from "drizzle-orm";
import { decode, encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as nextAuthPost } from "~/app/api/auth/[...nextauth]/route";
import { POST as sessionPost } from "~/app/api/session/route";
import { POST as trpcPost } from "~/app/api/trpc/[trpc]/route";
import { db } from "~/db/client";
import { passwordResetToken, user } from "~/db/schema";
import { isCrossSiteRequest } from "~/server/auth/same-origin";
import { authSecret } from "~/server/env";
import { getSessionViewer } from "~/server/services/accounts/get-viewer";
import { newToken } from "~/server/services/accounts/secrets";
import { passwordStep, redeemSessionTicket } from "~/server/auth/sign-in-steps";
import { NextRequest } from "next/server";
import { callerFor, makeViewer, setupDatabase, TEST_PASSWORD, unique } from "../../helpers/factories";
import { enrolTwoFactor } from "../../helpers/two-factor";

beforeAll(setupDatabase);

const ip = () => unique("10.1.0");
const SESSION_COOKIE = "authjs.session-token";

/** Signs in as next-auth would (password step → ticket → JWT cookie) and returns the cookie's value. */
async function mintSessionCookie(email: string) {
  const step = await passwordStep({ email, password: TEST_PASSWORD, ip: ip() });
  if (step.kind !== "signed_in") throw new Error(`not signed in: ${step.kind}`);
  const person = await redeemSessionTicket(step.ticket);
  if (!person) throw new Error("ticket refused");
  return encode({ token: { uid: person.userId, sv: person.sessionVersion }, secret: authSecret(), salt: SESSION_COOKIE });
}

/** What currentViewer() does with a cookie: decode it, then look the person up at that version. */
async function viewerFromCookie(cookie: string) {
  const token = await decode({ token: cookie, secret: authSecret(), salt: SESSION_COOKIE });
  if (typeof token?.uid !== "string") return null;
  return getSessionViewer({ userId: token.uid, sessionVersion: typeof token.sv === "number" ? token.sv : 0 });
}

describe("session version", () => {
  it("a session minted before a password reset no longer yields a viewer", async () => {
    const member = await makeViewer("member");
    const cookie = await mintSessionCookie(member.email);
    expect(await viewerFromCookie(cookie)).toMatchObject({ id: member.id });

    const { token, tokenHash } = newToken();
    await db.insert(passwordResetToken).values({ userId: member.id, tokenHash, expiresAt: new Date(Date.now() + 60_000) });
    await callerFor(null).account.resetPassword({ token, password: TEST_PASSWORD });

    expect(await viewerFromCookie(cookie)).toBeNull();
    // Signing in again works, at the new version.
    expect(await viewerFromCookie(await mintSessionCookie(member.email))).toMatchObject({ id: member.id });
  });

  it("deactivation ends sessions for good: reactivating does not revive them", async () => {
    const admin = await makeViewer("admin");
    const member = await makeViewer("member");
    const cookie = await mintSessionCookie(member.email);
    await callerFor(admin).users.deactivate({ userId: member.id });
    await callerFor(admin).users.reactivate({ userId: member.id });
    expect(await viewerFromCookie(cookie)).toBeNull();
  });

  it("refuses a session ticket minted before the version changed", async () => {
    const member = await makeViewer("member");
    const step = await passwordStep({ email: member.email, password: TEST_PASSWORD, ip: ip() });
    if (step.kind !== "signed_in") throw new Error(step.kind);
    await db.update(user).set({ sessionVersion: 99 }).where(eq(user.id, member.id));
    expect(await redeemSessionTicket(step.ticket)).toBeNull();
  });

  it("treats a token from before session versions as signed out", async () => {
    const member = await makeViewer("member");
    const legacy = await encode({ token: { uid: member.id }, secret: authSecret(), salt: SESSION_COOKIE });
    expect(await viewerFromCookie(legacy)).toBeNull();
  });

  it("refuses a forged or foreign ticket", async () => {
    const member = await makeViewer("member");
    expect(await redeemSessionTicket("not-a-ticket")).toBeNull();
    // A session cookie is not a ticket: another salt, another key.
    const cookie = await encode({ token: { uid: member.id, sv: 1 }, secret: authSecret(), salt: SESSION_COOKIE });
    expect(await redeemSessionTicket(cookie)).toBeNull();
  });
});

const APP = "http://app.test";

function post(path: string, body: string, headers: Record<string, string>) {
  return new NextRequest(`${APP}${path}`, { method: "POST", body, headers: { host: "app.test", ...headers } });
}

describe("cross-site requests", () => {
  it("tells cross-site from same-origin and from non-browser clients", () => {
    const h = (o: Record<string, string>) => new Headers({ host: "app.test", ...o });
    expect(isCrossSiteRequest(h({ origin: "https://evil.example" }))).toBe(true);
    expect(isCrossSiteRequest(h({ origin: "null" }))).toBe(true);
    expect(isCrossSiteRequest(h({ "sec-fetch-site": "cross-site" }))).toBe(true);
    expect(isCrossSiteRequest(h({ origin: "http://app.test.evil.example" }))).toBe(true);
    expect(isCrossSiteRequest(h({ origin: "http://app.test", "sec-fetch-site": "same-origin" }))).toBe(false);
    expect(isCrossSiteRequest(h({ origin: "https://app.test" }))).toBe(false);
    expect(isCrossSiteRequest(h({}))).toBe(false); // curl, scripts, tests: no cookies of a victim
  });

  it("refuses a cross-site text/plain form post to POST /api/session with 403 (login CSRF)", async () => {
    const member = await makeViewer("member");
    const res = await sessionPost(
      post("/api/session", JSON.stringify({ email: member.email, password: TEST_PASSWORD }), {
        "content-type": "text/plain",
        origin: "https://evil.example",
        "sec-fetch-site": "cross-site",
      }),
    );
    expect(res.status).toBe(403);
    expect(res.headers.get("set-cookie")).toBeNull();
  });

  it("refuses text/plain even from our own origin (415): only JSON and real forms sign in", async () => {
    const member = await makeViewer("member");
    const res = await sessionPost(
      post("/api/session", JSON.stringify({ email: member.email, password: TEST_PASSWORD }), {
        "content-type": "text/plain",
        origin: APP,
      }),
    );
    expect(res.status).toBe(415);
  });

  it("refuses cross-site posts to next-auth's endpoints and to tRPC mutations", async () => {
    const evil = { origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" };
    expect((await nextAuthPost(post("/api/auth/callback/credentials", "ticket=x", evil))).status).toBe(403);
    const trpc = await trpcPost(post("/api/trpc/account.updatePreferences", "{}", { ...evil, "content-type": "text/plain" }));
    expect(trpc.status).toBe(403);
  });
});

describe("the sign-in form without its script", () => {
  const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
  const formHeaders = { "content-type": "application/x-www-form-urlencoded", origin: APP };

  it("answers a wrong password with a redirect to the form, never with the password in a URL", async () => {
    const member = await makeViewer("member");
    const res = await sessionPost(
      post("/api/session", form({ email: member.email, password: "wrong password", next: "/en/actions", locale: "en" }), formHeaders),
    );
    expect(res.status).toBe(303);
    const location = res.headers.get("location")!;
    expect(location).toBe("/en/sign-in?error=invalidCredentials&next=%2Fen%2Factions");
    expect(location).not.toContain("wrong");
    expect(location).not.toContain(encodeURIComponent(member.email));
  });

  it("does not carry a hostile next into the redirect", async () => {
    const member = await makeViewer("member");
    const res = await sessionPost(
      post("/api/session", form({ email: member.email, password: "wrong password", next: "/%09/evil.example", locale: "en" }), formHeaders),
    );
    expect(res.headers.get("location")).toBe("/en/sign-in?error=invalidCredentials");
  });
});

describe("the second step over HTTP", () => {
  it("keeps the pending challenge in an HttpOnly, strict, endpoint-scoped cookie, never in the body", async () => {
    const member = await makeViewer("member");
    await enrolTwoFactor(member.id);
    const res = await sessionPost(
      post("/api/session", JSON.stringify({ email: member.email, password: TEST_PASSWORD, locale: "en" }), {
        "content-type": "application/json",
        origin: APP,
      }),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: false, step: "code" });
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^r2p\.second-factor=[^;]+;/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=strict/i);
    expect(cookie).toMatch(/Path=\/api\/session/);

    // A wrong code, posted by the form without its script: back to the code step, with the error.
    const challenge = /^r2p\.second-factor=([^;]+);/.exec(cookie)![1]!;
    const wrong = await sessionPost(
      post("/api/session", new URLSearchParams({ code: "abcde-fghjk", locale: "en", next: "/en/actions" }).toString(), {
        "content-type": "application/x-www-form-urlencoded",
        origin: APP,
        cookie: `r2p.second-factor=${challenge}`,
      }),
    );
    expect(wrong.status).toBe(303);
    expect(wrong.headers.get("location")).toBe("/en/sign-in?step=code&error=invalidCode&next=%2Fen%2Factions");
  });

  it("answers a code without a challenge as expired (401), as JSON", async () => {
    const res = await sessionPost(
      post("/api/session", JSON.stringify({ code: "123456" }), { "content-type": "application/json" }),
    );
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ messageKey: "challengeExpired" });
  });
});
