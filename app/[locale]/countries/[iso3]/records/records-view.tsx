// A state's published focal points, commitments and parliamentary actions, each list on its own page
// (fpage, cpage, apage). Rendered per request by ./page.tsx for any query, and cached by ./[view] for
// the canonical ones (one list paged; decision 039).
import { asLocale } from "~/db/localized-text-ops";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "~/components/ui/page-header";
import { BackToProfile } from "~/components/progress/back-to-profile";
import { pageParam } from "~/components/ui/page-param";
import { ISO3 } from "~/server/domain/country-code";
import { CountryRecordLists } from "../record-lists";
import { publicServerApi } from "~/server/api/public-caller";

/** Ten a list, three lists: each card is a summary, and the record's own page has the whole record. */
export const RECORDS_PAGE_SIZE = 10;

export type Pages = { fpage?: string; cpage?: string; apage?: string };

export async function recordsMetadata(locale: string, iso3: string) {
  if (!ISO3.test(iso3)) return { title: iso3 };
  const name = await (await publicServerApi()).countries.name({ iso3 });
  const t = await getTranslations("progress.profile");
  return { title: name ? t("recordsTitle", { country: name[asLocale(locale)] }) : iso3 };
}

/** `strict`: a page past a list's end is not found (the cached route), instead of an empty list. */
export async function RecordsView({ locale, iso3, pages, strict = false }: { locale: string; iso3: string; pages: Pages; strict?: boolean }) {
  if (!ISO3.test(iso3)) notFound();
  const lang = asLocale(locale);
  const api = await publicServerApi();
  const name = await api.countries.name({ iso3 });
  if (!name) notFound();
  const list = (type: "focal_point" | "commitment" | "parliamentary_action", raw?: string) =>
    api.records.published({ country: iso3, type, page: pageParam(raw), pageSize: RECORDS_PAGE_SIZE });
  const [t, measureTitles, focal_point, commitment, parliamentary_action] = await Promise.all([
    getTranslations(),
    api.measures.titles({ locale: lang }),
    list("focal_point", pages.fpage),
    list("commitment", pages.cpage),
    list("parliamentary_action", pages.apage),
  ]);
  if (strict && [focal_point, commitment, parliamentary_action].some((l) => l.page > 1 && (l.page - 1) * l.pageSize >= l.total)) notFound();
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
          paged={pages}
        />
      </div>
    </>
  );
}
