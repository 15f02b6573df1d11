// A list of advocacy actions (list page, country page): date, kind, title, countries, organisation,
// outcome and — for signed-in people — who may see it.
import type { LocalizedText as Text } from "~/db/localized-text";
import { LocalizedText } from "~/components/i18n/localized-text";
import { useFormatter, useTranslations } from "next-intl";
import { Link } from "~/components/ui/page-link";

export interface ActionListItem {
  id: string;
  kind: string;
  date: string;
  title: string;
  summary: string;
  outcomeKind: string;
  visibility: string;
  organizationName: Text;
  isSample: boolean;
  countries: string[];
}

interface Props {
  items: ActionListItem[];
  countryNames: Record<string, string>;
  showVisibility?: boolean;
  headingLevel?: "h2" | "h3";
}

export function ActionList({ items, countryNames, showVisibility = false, headingLevel = "h2" }: Props) {
  const t = useTranslations("actions");
  const format = useFormatter();
  const Heading = headingLevel;
  return (
    <ol className="flex flex-col gap-3">
      {items.map((a) => (
        <li key={a.id} className="rounded-lg border border-slate-200 bg-white p-4">
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-600">
            <time dateTime={a.date}>
              {format.dateTime(new Date(`${a.date}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" })}
            </time>
            <span aria-hidden="true">·</span>
            <span>{t(`kinds.${a.kind}` as never)}</span>
            <span aria-hidden="true">·</span>
            <span>{a.countries.map((c) => countryNames[c] ?? c).join(t("listSeparator"))}</span>
            {a.isSample && (
              <span className="rounded bg-amber-100 px-2 py-0.5 text-amber-900">{t("sample")}</span>
            )}
          </p>
          <Heading className="mt-1 font-medium">
            <Link href={`/actions/${a.id}`} className="text-brand-700 underline">
              {a.title}
            </Link>
          </Heading>
          {a.summary && <p className="mt-1 line-clamp-2 text-sm text-slate-700">{a.summary}</p>}
          <p className="mt-2 flex flex-wrap gap-2 text-xs">
            <span className="rounded bg-slate-100 px-2 py-0.5 text-slate-800"><LocalizedText text={a.organizationName} /></span>
            <span className="rounded bg-emerald-50 px-2 py-0.5 text-emerald-900">
              {t(`outcomeKinds.${a.outcomeKind}` as never)}
            </span>
            {showVisibility && (
              <span className="rounded bg-sky-50 px-2 py-0.5 text-sky-900">
                {t(`visibilities.${a.visibility}` as never)}
              </span>
            )}
          </p>
        </li>
      ))}
    </ol>
  );
}
