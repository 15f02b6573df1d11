// A country's published focal points, commitments and parliamentary actions, page by page
// (?fpage=, ?cpage=, ?apage=).
// Dynamic (it reads searchParams) but session-free; the cached profile shows only the first pages.
import { asLocale } from "~/db/localized-text-ops";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeader } from "~/components/ui/page-header";
import { BackToProfile } from "~/components/progress/back-to-profile";
import { pageParam } from "~/components/ui/page-param";
import { ISO3 } from "~/server/domain/country-code";
import { CountryRecordLists } from "../record-lists";
import { publicServerApi } from "~/server/api/public-caller";

/** Ten a list, three lists: each card is a summary, and the record's own page has the whole record. */
const RECORDS_PAGE_SIZE = 10;

export async function generateMetadata({ params }: { params: Promise<{ locale: string; iso3: string }> }) {
  const { locale, iso3 } = await params;
  if (!ISO3.test(iso3)) return { title: iso3 };
  const name = await (await publicServerApi()).countries.name({ iso3 });
  const t = await getTranslations("progress.profile");
  return { title: name ? t("recordsTitle", { country: name[asLocale(locale)] }) : iso3 };
}

export default async function CountryRecordsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; iso3: string }>;
  searchParams: Promise<{ fpage?: string; cpage?: string; apage?: string }>;
}) {
  const [{ locale, iso3 }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  if (!ISO3.test(iso3)) notFound();
  const lang = asLocale(locale);
  const api = await publicServerApi();
  const name = await api.countries.name({ iso3 });
  if (!name) notFound();
  const [t, measureTitles, focal_point, commitment, parliamentary_action] = await Promise.all([
    getTranslations(),
    api.measures.titles({ locale: asLocale(locale) }),
    api.records.published({ country: iso3, type: "focal_point", page: pageParam(query.fpage), pageSize: RECORDS_PAGE_SIZE }),
    api.records.published({ country: iso3, type: "commitment", page: pageParam(query.cpage), pageSize: RECORDS_PAGE_SIZE }),
    api.records.published({ country: iso3, type: "parliamentary_action", page: pageParam(query.apage), pageSize: RECORDS_PAGE_SIZE }),
  ]);
  return (
    <>
      <BackToProfile iso3={iso3} />
      <PageHeader title={t("progress.profile.recordsTitle", { country: name[lang] })} lead={t("progress.profile.recordsLead")} />
      <div className="flex flex-col gap-10">
        <CountryRecordLists
          iso3={iso3}
          lang={lang}
          measureTitles={measureTitles}
          lists={{ focal_point, commitment, parliamentary_action }}
          paged={{ fpage: query.fpage, cpage: query.cpage, apage: query.apage }}
        />
      </div>
    </>
  );
}
