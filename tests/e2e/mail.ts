// The one-time links the app emailed, for the e2e journeys. The admins' mailbox shows them redacted
// (server/mail/redact-secrets.ts), so serve.ts points MAIL_DROP_DIR — the tests-only full copy of
// every message — here, and the journeys read their links from it.
import fs from "node:fs";
import path from "node:path";

export const E2E_MAIL_DIR = path.resolve(import.meta.dirname, "../../.data/e2e-mail");

/** The link of the newest message to `email` whose path starts with `/<locale>/<kind>/`. */
export function linkFromLastMail(email: string, kind: "invitations" | "reset-password"): string | null {
  const names = fs.existsSync(E2E_MAIL_DIR) ? fs.readdirSync(E2E_MAIL_DIR).filter((n) => n.endsWith(".json")).sort().reverse() : [];
  for (const name of names) {
    const mail = JSON.parse(fs.readFileSync(path.join(E2E_MAIL_DIR, name), "utf8")) as { to: string; text: string };
    if (mail.to !== email) continue;
    return mail.text.match(new RegExp(`https?://\\S+/(zh|en)/${kind}/[\\w-]+`))?.[0] ?? null;
  }
  return null;
}
