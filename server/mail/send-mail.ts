// Outgoing email: SMTP when SMTP_URL is set, otherwise the server log. Either way the message is
// kept in mail_message (the admins' mailbox), so nothing is ever dropped silently — but what is kept
// has its one-time links redacted (redact-secrets.ts): an admin reading the mailbox must not be able
// to accept someone's invitation or reset their password. The real text goes only to the transport
// (and, in tests, to MAIL_DROP_DIR).
import { eq } from "drizzle-orm";
import nodemailer from "nodemailer";
import { db } from "~/db/client";
import { mailMessage } from "~/db/schema";
import { env } from "~/server/env";
import { logger } from "~/server/logger";
import { dropMail } from "./drop-directory";
import { redactSecrets } from "./redact-secrets";

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
    .values({ to: mail.to, subject: redactSecrets(mail.subject), text: redactSecrets(mail.text), transport: kind })
    .returning({ id: mailMessage.id, createdAt: mailMessage.createdAt });
  if (!row) throw new Error("mail_message insert returned nothing");
  await dropMail({ id: row.id, ...mail, createdAt: row.createdAt.toISOString() });

  if (kind === "log") {
    // The log transport is the delivery of a server without SMTP (development): the person running
    // it reads the link on the console. Printed, never stored by the app.
    logger.info("mail.logged", { id: row.id, to: mail.to, subject: mail.subject, text: mail.text });
    await db.update(mailMessage).set({ sentAt: new Date() }).where(eq(mailMessage.id, row.id));
    return;
  }
  try {
    await smtp().sendMail({ from: env.MAIL_FROM, ...mail });
    await db.update(mailMessage).set({ sentAt: new Date() }).where(eq(mailMessage.id, row.id));
  } catch (error) {
    // The message stays in the mailbox with its error, for an admin to see (its link redacted: the
    // person asks again rather than an admin forwarding a live secret).
    logger.error("mail.failed", { id: row.id, to: mail.to, error });
    await db
      .update(mailMessage)
      .set({ error: redactSecrets(error instanceof Error ? error.message : String(error)) })
      .where(eq(mailMessage.id, row.id));
  }
}
