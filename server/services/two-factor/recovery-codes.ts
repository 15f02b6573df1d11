// One-time recovery codes, for a lost or broken phone: ten random codes shown once, kept only as
// hashes. Each code has 50 random bits, so a fast hash (SHA-256, salted with the person's id) is
// enough; guessing is bounded by the sign-in rate limit anyway.
import { createHash, randomInt } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { Queryable } from "~/db/client";
import { recoveryCode } from "~/db/schema";

export const RECOVERY_CODE_COUNT = 10;
/** No 0/o, 1/l/i: codes are read off paper and typed by hand. */
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
const CODE_PATTERN = /^[a-z0-9]{10}$/;

function randomCode(): string {
  const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/** Lower-cased, without spaces or dashes; null if it cannot be a recovery code. */
export function normalizeRecoveryCode(input: string): string | null {
  const compact = input.toLowerCase().replace(/[\s-]/g, "");
  return CODE_PATTERN.test(compact) ? compact : null;
}

const hashCode = (userId: string, normalized: string) =>
  createHash("sha256").update(`${userId}:${normalized}`).digest("hex");

/** Replaces every earlier code of the person with the given ones (stored as hashes only). */
export async function storeRecoveryCodes(tx: Queryable, userId: string, codes: string[]) {
  await tx.delete(recoveryCode).where(eq(recoveryCode.userId, userId));
  const hashes = codes.map((c) => normalizeRecoveryCode(c)).filter((c): c is string => !!c);
  if (hashes.length) await tx.insert(recoveryCode).values(hashes.map((c) => ({ userId, codeHash: hashCode(userId, c) })));
}

/** Replaces every earlier code of the person with ten new ones; returns them (the only time). */
export async function replaceRecoveryCodes(tx: Queryable, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, randomCode);
  await storeRecoveryCodes(tx, userId, codes);
  return codes;
}

/** Marks the code used if it is one of the person's unused codes; a conditional update, so once only. */
export async function spendRecoveryCode(q: Queryable, userId: string, input: string): Promise<boolean> {
  const normalized = normalizeRecoveryCode(input);
  if (!normalized) return false;
  const spent = await q
    .update(recoveryCode)
    .set({ usedAt: new Date() })
    .where(
      and(eq(recoveryCode.userId, userId), eq(recoveryCode.codeHash, hashCode(userId, normalized)), isNull(recoveryCode.usedAt)),
    )
    .returning({ id: recoveryCode.id });
  return spent.length === 1;
}

export async function removeRecoveryCodes(tx: Queryable, userId: string) {
  await tx.delete(recoveryCode).where(eq(recoveryCode.userId, userId));
}
