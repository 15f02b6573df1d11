// Email for notifications, claimed before sending (`update … where emailed_at is null returning`) so
// several app instances and the jobs never send the same one twice. A send that fails after the claim
// stays in mail_message with its error, where the admins see it (server/mail/send-mail.ts).
// Who may see the subject is asked again at send time, through the one rule (subject-access.ts):
// a digest goes out up to a day later, by when the action may be private, the person may have left
// the organisation or been deactivated. What they may no longer see is claimed but never sent.
import type { Locale } from "~/db/locales";
import { and, eq, inArray, isNull, lte, or, sql } from "drizzle-orm";
import { db } from "~/db/client";
import { notification, user } from "~/db/schema";
import { sendMail } from "~/server/mail/send-mail";
import { filterAudience, type SubjectType } from "~/server/services/collaboration/subject-access";
import { digestMail, immediateMail, type MailNotification } from "./notification-mail";

const activeWith = (delivery: "immediate" | "daily_digest") =>
  sql`${notification.userId} in (select ${user.id} from ${user} where ${user.emailDelivery} = ${delivery} and ${user.deactivatedAt} is null)`;

async function recipients(ids: string[]) {
  if (ids.length === 0) return new Map<string, { email: string; locale: Locale }>();
  const rows = await db.select({ id: user.id, email: user.email, locale: user.locale }).from(user).where(inArray(user.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

/** Of these claimed notifications, those whose recipient may still see the subject now. */
async function stillVisible<T extends { userId: string; subjectType: string; subjectId: string }>(items: T[]): Promise<T[]> {
  const kept: T[] = [];
  for (const n of items) {
    const audience = await filterAudience(db, n.subjectType as SubjectType, n.subjectId, [n.userId]);
    if (audience.length > 0) kept.push(n);
  }
  return kept;
}

/** One email per notification, for people who chose "immediate". `ids` limits it to those (after a commit). */
export async function deliverImmediate(ids?: string[]): Promise<number> {
  const claimed = await db
    .update(notification)
    .set({ emailedAt: new Date() })
    .where(and(isNull(notification.emailedAt), ids ? inArray(notification.id, ids) : undefined, activeWith("immediate")))
    .returning();
  const people = await recipients([...new Set(claimed.map((n) => n.userId))]);
  for (const n of await stillVisible(claimed)) {
    const to = people.get(n.userId);
    if (to) await sendMail({ to: to.email, ...immediateMail(to.locale, n as MailNotification) });
  }
  return claimed.length;
}

/**
 * One email per person who chose the daily digest and has unemailed notifications, at most once a
 * day: the person is claimed first (digest_sent_at), then their notifications.
 */
export async function deliverDigests(now = new Date()): Promise<number> {
  const dayAgo = new Date(now.getTime() - 23 * 3600 * 1000);
  const due = await db
    .selectDistinct({ userId: notification.userId })
    .from(notification)
    .innerJoin(user, eq(user.id, notification.userId))
    .where(
      and(
        isNull(notification.emailedAt),
        eq(user.emailDelivery, "daily_digest"),
        isNull(user.deactivatedAt),
        or(isNull(user.digestSentAt), lte(user.digestSentAt, dayAgo)),
      ),
    );
  let sent = 0;
  for (const { userId } of due) {
    const [person] = await db
      .update(user)
      .set({ digestSentAt: now })
      .where(and(eq(user.id, userId), or(isNull(user.digestSentAt), lte(user.digestSentAt, dayAgo))))
      .returning({ email: user.email, locale: user.locale });
    if (!person) continue; // another instance took it
    const claimed = await db
      .update(notification)
      .set({ emailedAt: now })
      .where(and(eq(notification.userId, userId), isNull(notification.emailedAt)))
      .returning();
    const items = await stillVisible(claimed);
    if (items.length === 0) continue;
    items.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    await sendMail({ to: person.email, ...digestMail(person.locale, items as MailNotification[]) });
    sent++;
  }
  return sent;
}
