// The lines of an activity feed: who did what to which subject, when. Server-rendered.
import { textIn } from "~/db/localized-text";
import type { LocalizedText } from "~/db/localized-text";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "~/components/ui/page-link";
import type { Locale } from "~/db/locales";

export interface ActivityLine {
  id: number;
  verb: string;
  subjectType: string;
  subjectId: string;
  actorName: string | null;
  organizationName: LocalizedText | null;
  title: LocalizedText | null;
  href: string | null;
  createdAt: Date;
}

const fallbackHref = (a: ActivityLine) =>
  a.subjectType === "action" ? `/actions/${a.subjectId}` : a.subjectType === "record" ? `/records/${a.subjectId}` : null;

export async function ActivityLines({ items, lang }: { items: ActivityLine[]; lang: Locale }) {
  const [t, format] = await Promise.all([getTranslations("activity"), getFormatter()]);
  return (
    <ol className="flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {items.map((a) => {
        const href = a.href ?? fallbackHref(a);
        const title = textIn(a.title, lang) || t(`subjects.${a.subjectType as "record"}`);
        const verb = t.has(`verbs.${a.verb}` as never) ? t(`verbs.${a.verb}` as never) : a.verb;
        return (
          <li key={a.id} className="flex flex-col gap-0.5 px-4 py-3 text-sm">
            <p>
              <span className="font-medium">{a.actorName ?? t("someone")}</span>
              {a.organizationName && <span className="text-slate-600"> ({textIn(a.organizationName, lang)})</span>} {verb}{" "}
              {href ? (
                <Link href={href} className="text-brand-700 underline">
                  {title}
                </Link>
              ) : (
                title
              )}
            </p>
            <time dateTime={new Date(a.createdAt).toISOString()} className="text-xs text-slate-600">
              {format.dateTime(new Date(a.createdAt), { dateStyle: "medium", timeStyle: "short" })}
            </time>
          </li>
        );
      })}
    </ol>
  );
}
