// Email as the tests see it. `lastMailTo` reads the mailbox table (what admins see: links redacted);
// the one-time links themselves come from MAIL_DROP_DIR, the tests-only full copy the send path
// writes (server/mail/drop-directory.ts), since nothing else keeps them.
import fs from "node:fs/promises";
import path from "node:path";
import { desc, eq } from "drizzle-orm";
import { db } from "~/db/client";
import { mailMessage } from "~/db/schema";
import type { DroppedMail } from "~/server/mail/drop-directory";

export async function lastMailTo(email: string) {
  const [row] = await db
    .select()
    .from(mailMessage)
    .where(eq(mailMessage.to, email))
    .orderBy(desc(mailMessage.createdAt))
    .limit(1);
  return row ?? null;
}

/** The newest message delivered to this address, in full (as its recipient got it). */
export async function lastDeliveredMailTo(email: string, dir = process.env.MAIL_DROP_DIR): Promise<DroppedMail | null> {
  if (!dir) throw new Error("MAIL_DROP_DIR is not set for the tests");
  const names = (await fs.readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith(".json")).sort().reverse();
  for (const name of names) {
    const mail = JSON.parse(await fs.readFile(path.join(dir, name), "utf8")) as DroppedMail;
    if (mail.to === email) return mail;
  }
  return null;
}

export function tokenIn(text: string, kind: "invitations" | "reset-password") {
  return text.match(new RegExp(`/${kind}/([A-Za-z0-9_-]+)`))?.[1] ?? null;
}

export async function tokenFromLastMail(email: string, kind: "invitations" | "reset-password") {
  const mail = await lastDeliveredMailTo(email);
  const token = mail ? tokenIn(mail.text, kind) : null;
  if (!token) throw new Error(`no ${kind} link in the last mail to ${email}`);
  return token;
}
