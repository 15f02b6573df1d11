// One ledger for every "at most N in a window" rule (password-reset requests, invitations, exports):
// rows in rate_limit_event, counted per bucket and key, so the limit holds across app instances.
// Keys are stored as an HMAC, not as the email or address itself: the ledger says how often, not who.
import { createHmac } from "node:crypto";
import { isIP } from "node:net";
import { and, count, eq, gt, lt, min } from "drizzle-orm";
import { db } from "~/db/client";
import { readingFromPrimary } from "~/db/read-routing";
import { rateLimitEvent } from "~/db/schema";
import { UNKNOWN_ADDRESS } from "~/server/auth/client-ip";
import { authSecret } from "~/server/env";
import { AppError } from "~/server/errors";

export interface RateLimit {
  /** What is limited, e.g. "password_reset.email". */
  bucket: string;
  max: number;
  windowMs: number;
  /** Key under `errors.` that tells the person what happened and how long to wait. */
  messageKey: string;
}

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;

/** Rows older than this are pruned by the jobs runner; no window may be longer. */
export const RATE_LIMIT_RETENTION_MS = 24 * HOUR;

export const RATE_LIMITS = {
  /** A person's own mailbox: a few links an hour, so nobody can flood someone with reset mail. */
  passwordResetPerEmail: { bucket: "password_reset.email", max: 3, windowMs: HOUR, messageKey: "limits.passwordResetRateLimited" },
  passwordResetPerAddress: { bucket: "password_reset.address", max: 10, windowMs: HOUR, messageKey: "limits.passwordResetRateLimited" },
  invitationPerEmail: { bucket: "invitation.email", max: 3, windowMs: 24 * HOUR, messageKey: "limits.invitationEmailRateLimited" },
  invitationPerInviter: { bucket: "invitation.inviter", max: 30, windowMs: HOUR, messageKey: "limits.invitationRateLimited" },
  invitationPerAddress: { bucket: "invitation.address", max: 30, windowMs: HOUR, messageKey: "limits.invitationRateLimited" },
  exportAnonymousPerAddress: { bucket: "export.address", max: 10, windowMs: 10 * MINUTE, messageKey: "limits.exportRateLimited" },
  exportPerUser: { bucket: "export.user", max: 30, windowMs: 10 * MINUTE, messageKey: "limits.exportRateLimited" },
} as const satisfies Record<string, RateLimit>;

/**
 * The key that a client address is counted under: IPv6 by its /64 (one subscriber usually holds a
 * whole /64, so single addresses are free to rotate), IPv4 as is. Null when the address is unknown:
 * an unknown address must never put every such client in one shared bucket.
 */
export function addressScope(address: string): string | null {
  if (!address || address === UNKNOWN_ADDRESS) return null;
  if (isIP(address) !== 6) return address;
  const [head = "", tail] = address.split("::");
  const groupsOf = (part: string) => (part ? part.split(":").flatMap((g) => (g.includes(".") ? ["0", "0"] : [g])) : []);
  const left = groupsOf(head);
  const right = tail === undefined ? [] : groupsOf(tail);
  const groups = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(":")}::/64`;
}

const ledgerKey = (bucket: string, key: string) =>
  createHmac("sha256", authSecret()).update(`${bucket}\u0000${key}`).digest("base64url").slice(0, 32);

export interface RateLimitCheck {
  limit: RateLimit;
  /** Who is counted (an email, a user id, an address scope); null skips this check. */
  key: string | null;
}

/**
 * Checks every limit and, only when all are under their maximum, records one event in each. A refused
 * request writes nothing, so a flood costs reads, not a growing table. Concurrent requests can
 * overshoot a limit by the number in flight; exactness is not worth a lock here.
 */
export async function consumeRateLimits(checks: RateLimitCheck[], now = new Date()): Promise<void> {
  // The ledger must count the requests just recorded, so never from a lagging read replica (decision 020).
  return readingFromPrimary(() => consumeOnPrimary(checks, now));
}

async function consumeOnPrimary(checks: RateLimitCheck[], now: Date): Promise<void> {
  const active = checks
    .filter((c): c is { limit: RateLimit; key: string } => c.key !== null && c.key !== "")
    .map((c) => ({ limit: c.limit, key: ledgerKey(c.limit.bucket, c.key) }));
  let retryAfterMs = 0;
  let refusedBy: RateLimit | null = null;
  for (const { limit, key } of active) {
    const [row] = await db
      .select({ n: count(), oldest: min(rateLimitEvent.createdAt) })
      .from(rateLimitEvent)
      .where(
        and(
          eq(rateLimitEvent.bucket, limit.bucket),
          eq(rateLimitEvent.key, key),
          gt(rateLimitEvent.createdAt, new Date(now.getTime() - limit.windowMs)),
        ),
      );
    if (Number(row?.n ?? 0) >= limit.max) {
      const oldest = row?.oldest ? new Date(row.oldest).getTime() : now.getTime();
      retryAfterMs = Math.max(retryAfterMs, oldest + limit.windowMs - now.getTime(), 1);
      refusedBy ??= limit;
    }
  }
  if (refusedBy) {
    throw new AppError("RATE_LIMITED", `too many requests (${refusedBy.bucket})`, {
      messageKey: refusedBy.messageKey,
      details: { retryAfterSeconds: Math.ceil(retryAfterMs / 1000) },
    });
  }
  if (active.length > 0) {
    await db.insert(rateLimitEvent).values(active.map(({ limit, key }) => ({ bucket: limit.bucket, key, createdAt: now })));
  }
}

/** Drops ledger rows no window can still count. Returns how many went. */
export async function pruneRateLimitEvents(now = new Date()): Promise<number> {
  const gone = await db
    .delete(rateLimitEvent)
    .where(lt(rateLimitEvent.createdAt, new Date(now.getTime() - RATE_LIMIT_RETENTION_MS)))
    .returning({ id: rateLimitEvent.id });
  return gone.length;
}
