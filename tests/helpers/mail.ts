// Reads the links the app sent by email, from the mail log every message is kept in.
import { desc, eq } from "drizzle-orm";
import { db } from "~/db/client";
import { mailMessage } from "~/db/schema";

export async function lastMailTo(email: string) {
  const [row] = await db
    .select()
    .from(mailMessage)
    .where(eq(mailMessage.to, email))
    .orderBy(desc(mailMessage.createdAt))
    .limit(1);
  return row ?? null;
}

export async function tokenFromLastMail(email: string, kind: "invitations" | "reset-password") {
  const mail = await lastMailTo(email);
  const match = mail?.text.match(new RegExp(`/${kind}/([A-Za-z0-9_-]+)`));
  if (!match?.[1]) throw new Error(`no ${kind} link in the last mail to ${email}`);
  return match[1];
}
