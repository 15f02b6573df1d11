// A list of records with their state, country and date: used by My work and the review queue.
import type { Locale } from "~/db/locales";
import { textIn } from "~/db/localized-text";
import type { LocalizedText as Text } from "~/db/localized-text";
import { LocalizedText } from "~/components/i18n/localized-text";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "~/components/ui/page-link";
import { StatusBadge } from "./status-badge";

export interface RecordListItem {
  id: string;
  type: "commitment" | "focal_point" | "parliamentary_action";
  reviewStatus: string;
  countryIso3: string | null;
  countryName: Text | null;
  title: Text;
  date: string;
  organizationName: Text | null;
  hasPendingEdit: boolean;
  isSample: boolean;
  updatedAt: Date;
}

export async function RecordList({ items }: { items: RecordListItem[] }) {
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {items.map((r) => (
        <li key={r.id} className="flex flex-col gap-1 px-4 py-3">
          <RecordSummary r={r} />
        </li>
      ))}
    </ul>
  );
}

/** A record's title (a link to it) in the reader's language, falling back to the other, then to its type. */
export const recordTitle = (r: Pick<RecordListItem, "title">, lang: Locale) => textIn(r.title, lang);

/** One record's link and facts line: the list item's content, also used by the bulk review list. */
export async function RecordSummary({ r }: { r: RecordListItem }) {
  const [t, format] = await Promise.all([getTranslations("records"), getFormatter()]);
  return (
    <>
      <Link href={`/records/${r.id}`} className="font-medium text-brand-700 underline">
        <LocalizedText text={r.title} fallback={t(`types.${r.type}`)} />
      </Link>
      <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
        <StatusBadge status={r.reviewStatus} />
        {r.hasPendingEdit && <span className="rounded bg-amber-100 px-2 py-0.5 text-xs text-amber-900">{t("review.pendingEditBadge")}</span>}
        <span>{t(`types.${r.type}`)}</span>
        <span>· <LocalizedText text={r.countryName} fallback="—" /></span>
        <span>· {r.date}</span>
        {r.organizationName && <span>· <LocalizedText text={r.organizationName} /></span>}
        {r.isSample && <span className="rounded bg-amber-100 px-2 py-0.5 text-xs text-amber-900">{t("sample")}</span>}
        <span className="text-slate-500">· {t("review.waiting", { date: format.dateTime(r.updatedAt, { dateStyle: "medium" }) })}</span>
      </p>
    </>
  );
}
