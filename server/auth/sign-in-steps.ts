// Signing in, step by step: the password, then (if the person has one) the second factor. Between the
// steps the server keeps nothing: the browser holds a sealed, five-minute challenge naming the person.
// The last step yields a one-minute session ticket, which only next-auth's Credentials provider
// redeems (server/auth/config.ts): no other way into a session exists.
import { and, eq, isNull } from "drizzle-orm";
import { db } from "~/db/client";
import { ensureDatabaseReady } from "~/server/bootstrap";
import { user } from "~/db/schema";
import { seal, unseal } from "~/server/auth/sealed-token";
import { verifySecondFactor } from "~/server/services/two-factor/verify-second-factor";
import { checkPassword, recordSignIn } from "~/server/services/accounts/authenticate";
import { getSessionViewer } from "~/server/services/accounts/get-viewer";
import { assertSignInAllowed, recordSignInAttempt } from "~/server/auth/sign-in-rate-limit";

export const CHALLENGE_TTL_SECONDS = 5 * 60;
const TICKET_TTL_SECONDS = 60;

export type SignInStep =
  | { kind: "signed_in"; ticket: string; mustEnrolTwoFactor: boolean }
  | { kind: "second_factor_required"; challenge: string }
  | { kind: "refused"; reason: "credentials" | "code" | "challenge_expired" };

async function signedIn(person: { userId: string; sessionVersion: number }): Promise<SignInStep> {
  const viewer = await getSessionViewer(person);
  return {
    kind: "signed_in",
    ticket: await seal("r2p.session-ticket", person, TICKET_TTL_SECONDS),
    mustEnrolTwoFactor: !!viewer?.mustEnrolTwoFactor,
  };
}

/** Step one. A wrong password and an unknown email answer alike; throws RATE_LIMITED. */
export async function passwordStep(input: { email: string; password: string; ip: string }): Promise<SignInStep> {
  await ensureDatabaseReady();
  const first = await checkPassword(input);
  if (!first) return { kind: "refused", reason: "credentials" };
  const person = { userId: first.userId, sessionVersion: first.sessionVersion };
  if (first.hasSecondFactor) {
    return { kind: "second_factor_required", challenge: await seal("r2p.second-factor-challenge", person, CHALLENGE_TTL_SECONDS) };
  }
  await recordSignIn(first.userId, input.ip, "none");
  return signedIn(person);
}

/** Step two: a TOTP or recovery code for the person the challenge names. Throws RATE_LIMITED. */
export async function secondFactorStep(input: { challenge: string; code: string; ip: string }): Promise<SignInStep> {
  await ensureDatabaseReady();
  const pending = await unseal("r2p.second-factor-challenge", input.challenge);
  if (!pending) return { kind: "refused", reason: "challenge_expired" };
  const [person] = await db
    .select({ email: user.email })
    .from(user)
    .where(and(eq(user.id, pending.userId), eq(user.sessionVersion, pending.sessionVersion), isNull(user.deactivatedAt)));
  if (!person) return { kind: "refused", reason: "challenge_expired" };
  // Wrong codes count as failed sign-ins of that email: five guesses per quarter hour, not a million.
  await assertSignInAllowed(person.email, input.ip);
  const method = await verifySecondFactor(db, { viewer: null, requestId: crypto.randomUUID() }, {
    userId: pending.userId,
    code: input.code,
  });
  await recordSignInAttempt(person.email, input.ip, !!method);
  if (!method) return { kind: "refused", reason: "code" };
  await recordSignIn(pending.userId, input.ip, method);
  return signedIn(pending);
}

/** What the Credentials provider accepts: a ticket from one of the steps above, once it is still fresh. */
export async function redeemSessionTicket(ticket: string) {
  const person = await unseal("r2p.session-ticket", ticket);
  if (!person) return null;
  return (await getSessionViewer(person)) ? person : null;
}
