// The words of notification emails, in the recipient's language, from the message files.
import type { InferSelectModel } from "drizzle-orm";
import type { notification } from "~/db/schema";
import { env } from "~/server/env";
import { type Locale, serverTranslator } from "~/server/i18n/translator";
import { type LocalizedText, textIn } from "~/db/localized-text";
import { intlLocale } from "~/server/i18n/locale-tags";

export type MailNotification = InferSelectModel<typeof notification> & { payload: NotificationPayload };

export interface NotificationPayload {
  title?: LocalizedText | null;
  href?: string | null;
  actorName?: string | null;
  decision?: string;
  taskTitle?: string;
  dueOn?: string | null;
  excerpt?: string;
  /** member_joined: the newcomer (colleagues must be able to tell a real colleague from an alias). */
  memberName?: string;
  memberEmail?: string | null;
  /** Following: the country, the measure, and the status (or action outcome) before and after. */
  country?: { zh: string; en: string } | null;
  measure?: LocalizedText | null;
  count?: number;
  from?: string;
  to?: string;
}

/** A due date (a calendar day) in the reader's language. */
function formatDay(locale: Locale, day: string) {
  const d = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? day : new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeZone: "UTC" }).format(d);
}

/** A status (progress) or an action's outcome, in words; "—" when absent. */
function followedState(t: ReturnType<typeof serverTranslator>, kind: string, value?: string) {
  if (!value) return "—";
  return kind === "followed_action" ? t(`actions.outcomeKinds.${value}` as never) : t(`progress.statuses.${value}` as never);
}

/** The one-line description shared by the in-app list and the emails. */
export function describeNotification(locale: Locale, n: Pick<MailNotification, "kind" | "payload">): string {
  const t = serverTranslator(locale);
  const p = n.payload ?? {};
  const values = {
    title: textIn(p.title, locale) || "—",
    actor: p.actorName ?? "—",
    decision: p.decision ? t(`notifications.decisions.${p.decision}` as never) : "",
    task: p.taskTitle ?? "",
    due: p.dueOn ? formatDay(locale, p.dueOn) : "—",
    member: p.memberName ?? "—",
    memberEmail: p.memberEmail ?? "—",
    country: textIn(p.country, locale) || "—",
    measure: textIn(p.measure, locale) || "—",
    count: p.count ?? 0,
    from: followedState(t, n.kind, p.from),
    to: followedState(t, n.kind, p.to),
  };
  return t(`notifications.kinds.${n.kind}` as never, values as never);
}

const link = (locale: Locale, href?: string | null) => (href ? `${env.APP_URL}/${locale}${href}` : `${env.APP_URL}/${locale}/notifications`);

export function immediateMail(locale: Locale, n: MailNotification) {
  const t = serverTranslator(locale);
  const line = describeNotification(locale, n);
  return {
    subject: t("notificationMail.subject", { line }),
    text: [line, "", link(locale, n.payload?.href), "", t("notificationMail.footer", { url: `${env.APP_URL}/${locale}/account` })].join("\n"),
  };
}

export function digestMail(locale: Locale, items: MailNotification[]) {
  const t = serverTranslator(locale);
  const lines = items.flatMap((n) => [`- ${describeNotification(locale, n)}`, `  ${link(locale, n.payload?.href)}`]);
  return {
    subject: t("notificationMail.digestSubject", { count: items.length }),
    text: [t("notificationMail.digestIntro", { count: items.length }), "", ...lines, "", t("notificationMail.footer", { url: `${env.APP_URL}/${locale}/account` })].join("\n"),
  };
}
