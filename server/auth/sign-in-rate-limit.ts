// Sign-in attempts are limited per email and per client address. Counting rows in the database keeps
// the limit correct across any number of app instances. The address is the one client-ip.ts trusts
// (never a client-sent header) counted by its scope (an IPv6 /64); an unknown address is never one
// shared bucket, so nobody's failures can lock everyone else out.
import { and, count, eq, gte } from "drizzle-orm";
import { db } from "~/db/client";
import { signInAttempt } from "~/db/schema";
import { UNKNOWN_ADDRESS } from "~/server/auth/client-ip";
import { AppError } from "~/server/errors";
import { addressScope } from "~/server/services/rate-limit";

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 5;
/** Failures from one address; generous, since an office or NAT shares one address. */
export const MAX_FAILURES_PER_IP = 30;

export async function assertSignInAllowed(email: string, ip: string) {
  const since = new Date(Date.now() - SIGN_IN_WINDOW_MS);
  const scope = addressScope(ip);
  const [[byEmail], [byIp]] = await Promise.all([
    db
      .select({ n: count() })
      .from(signInAttempt)
      .where(
        and(
          eq(signInAttempt.email, email),
          eq(signInAttempt.succeeded, false),
          gte(signInAttempt.createdAt, since),
        ),
      ),
    scope === null
      ? Promise.resolve([{ n: 0 }])
      : db
          .select({ n: count() })
          .from(signInAttempt)
          .where(and(eq(signInAttempt.ip, scope), eq(signInAttempt.succeeded, false), gte(signInAttempt.createdAt, since))),
  ]);
  if (Number(byEmail?.n) >= MAX_FAILURES_PER_EMAIL || Number(byIp?.n) >= MAX_FAILURES_PER_IP) {
    throw new AppError("RATE_LIMITED", "too many sign-in attempts", {
      details: { retryAfterSeconds: SIGN_IN_WINDOW_MS / 1000 },
    });
  }
}

export async function recordSignInAttempt(email: string, ip: string, succeeded: boolean) {
  await db.insert(signInAttempt).values({ email, ip: addressScope(ip) ?? UNKNOWN_ADDRESS, succeeded });
}
