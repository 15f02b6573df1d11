// Outgoing email: SMTP when SMTP_URL is set, otherwise the server log. Either way the message is
// kept in mail_message (the admins' dev mailbox), so nothing is ever dropped silently.
import { eq } from "drizzle-orm";
import nodemailer from "nodemailer";
import { db } from "~/db/client";
import { mailMessage } from "~/db/schema";
import { env } from "~/server/env";
import { logger } from "~/server/logger";

export interface MailInput {
  to: string;
  subject: string;
  text: string;
}

let transport: nodemailer.Transporter | null = null;
function smtp() {
  transport ??= nodemailer.createTransport(env.SMTP_URL);
  return transport;
}

export async function sendMail(mail: MailInput): Promise<void> {
  const kind = env.SMTP_URL ? "smtp" : "log";
  const [row] = await db
    .insert(mailMessage)
    .values({ ...mail, transport: kind })
    .returning({ id: mailMessage.id });
  if (!row) throw new Error("mail_message insert returned nothing");

  if (kind === "log") {
    logger.info("mail.logged", { id: row.id, to: mail.to, subject: mail.subject, text: mail.text });
    await db.update(mailMessage).set({ sentAt: new Date() }).where(eq(mailMessage.id, row.id));
    return;
  }
  try {
    await smtp().sendMail({ from: env.MAIL_FROM, ...mail });
    await db.update(mailMessage).set({ sentAt: new Date() }).where(eq(mailMessage.id, row.id));
  } catch (error) {
    // The message stays in the mailbox with its error, for an admin to see and resend by hand.
    logger.error("mail.failed", { id: row.id, to: mail.to, error });
    await db
      .update(mailMessage)
      .set({ error: error instanceof Error ? error.message : String(error) })
      .where(eq(mailMessage.id, row.id));
  }
}
