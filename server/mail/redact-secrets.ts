// What of an email may be kept and shown to admins: the message with every one-time secret replaced.
// One rule for every mail, applied in the send path (send-mail.ts), so no template has to remember it.
//
// The app's one-time tokens (invitation, password reset, any later one) come from `newToken()`:
// 32 random bytes in base64url, 43 characters. Anything of that alphabet 40 characters or longer is
// treated as a secret — ids in notification links are UUIDs (36 characters) and stay readable.
// A word that long in a comment excerpt is redacted too: only the stored copy loses it.

export const REDACTED = "[redacted]";

const SECRET_SHAPE = /[A-Za-z0-9_-]{40,}/g;

export function redactSecrets(text: string): string {
  return text.replace(SECRET_SHAPE, REDACTED);
}
