// The admins' mailbox. Redacted again on the way out: rows written before redaction existed may
// still hold a live link until it expires.
import { count, desc } from "drizzle-orm";
import { db } from "~/db/client";
import { mailMessage } from "~/db/schema";
import { redactSecrets } from "./redact-secrets";

export async function listMail(input: { page: number; pageSize: number }) {
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(mailMessage)
      .orderBy(desc(mailMessage.createdAt))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize),
    db.select({ n: count() }).from(mailMessage),
  ]);
  return {
    items: items.map((m) => ({ ...m, subject: redactSecrets(m.subject), text: redactSecrets(m.text) })),
    total: Number(total?.n ?? 0),
    page: input.page,
    pageSize: input.pageSize,
  };
}
