// TOTP secrets are encrypted at rest: AES-256-GCM under a key derived from AUTH_SECRET with HKDF, so a
// copy of the database alone (a backup, a dump) does not let anyone generate a person's codes.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { authSecret } from "~/server/env";

const VERSION = "v1";
let cachedKey: { secret: string; key: Buffer } | null = null;

function key(): Buffer {
  const secret = authSecret();
  if (cachedKey?.secret !== secret) {
    const derived = Buffer.from(hkdfSync("sha256", secret, "r2p-tracker", "totp-secret/v1", 32));
    cachedKey = { secret, key: derived };
  }
  return cachedKey.key;
}

export function encryptSecret(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), body].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(".");
}

/** The plain secret, or null if the value was tampered with or sealed under another AUTH_SECRET. */
export function decryptSecret(sealed: string): string | null {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || !body) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
