// A country's published commitments and parliamentary actions. On the cached profile each list shows its
// latest few and links to the records page; the records page (dynamic) pages each list.
import { getTranslations } from "next-intl/server";
import { Link } from "~/components/ui/page-link";
import { CountryRecord } from "~/components/records/country-record";
import { EmptyState } from "~/components/ui/empty-state";
import { Pagination } from "~/components/ui/pagination";
import type { z } from "zod";
import type { ZPublicRecordsOutputSchema } from "~/server/services/records/list-records.types";
import type { Locale } from "~/db/locales";

type RecordPage = z.output<typeof ZPublicRecordsOutputSchema>;

export const LISTED_TYPES = [
  ["focal_point", "fpage"],
  ["commitment", "cpage"],
  ["parliamentary_action", "apage"],
] as const;

interface Props {
  iso3: string;
  lang: Locale;
  measureTitles: Record<string, string>;
  lists: Record<(typeof LISTED_TYPES)[number][0], RecordPage>;
  /** On the records page: the current page parameters, and the lists get full pagination. */
  paged?: { fpage?: string; cpage?: string; apage?: string };
  /** Types the caller renders itself (the profile shows focal points as a timeline). */
  skip?: readonly string[];
}

export async function CountryRecordLists({ iso3, lang, measureTitles, lists, paged, skip = [] }: Props) {
  const t = await getTranslations();
  const recordsPath = `/countries/${iso3}/records`;
  return LISTED_TYPES.filter(([type]) => !skip.includes(type)).map(([type, param]) => {
    const list = lists[type];
    return (
      <section key={type} aria-labelledby={`section-${type}`}>
        <h2 id={`section-${type}`} className="mb-3 scroll-mt-4 text-xl font-semibold">{t(`records.typesPlural.${type}`)}</h2>
        {list.items.length === 0 ? (
          <EmptyState>{t("records.country.none")}</EmptyState>
        ) : (
          <>
            <ol className="flex flex-col gap-3">
              {list.items.map((item) => (
                <CountryRecord key={item.id} item={item} lang={lang} measureTitles={measureTitles} />
              ))}
            </ol>
            {list.total > list.pageSize &&
              (paged ? (
                <Pagination
                  pathname={recordsPath}
                  searchParams={paged}
                  param={param}
                  hash={`section-${type}`}
                  page={list.page}
                  pageSize={list.pageSize}
                  total={list.total}
                />
              ) : (
                <MoreRecordsLink iso3={iso3} type={type} total={list.total} label={t("progress.profile.allRecords", { count: list.total })} />
              ))}
          </>
        )}
      </section>
    );
  });
}

/** From the profile's latest few of a list to the whole list, on the records page (its first page). */
export function MoreRecordsLink({ iso3, type, total, label }: { iso3: string; type: (typeof LISTED_TYPES)[number][0]; total: number; label: string }) {
  return total > 0 ? (
    <p className="mt-4 text-sm">
      <Link href={{ pathname: `/countries/${iso3}/records`, hash: `section-${type}` }} className="text-brand-700 underline">
        {label}
      </Link>
    </p>
  ) : null;
}
