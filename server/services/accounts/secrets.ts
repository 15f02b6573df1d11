// Passwords (argon2id) and one-time tokens (random, stored only as a SHA-256 hash).
import { createHash, randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";

export const ZPasswordSchema = z.string().min(10).max(200);

export const hashPassword = (password: string) => hash(password);

export async function verifyPassword(passwordHash: string | null, password: string) {
  // Hash even when there is no user, so timing does not tell which emails exist.
  if (!passwordHash) {
    await hash(password);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}

export function newToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export function randomPassword(): string {
  return randomBytes(12).toString("base64url");
}
