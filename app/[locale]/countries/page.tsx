import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "~/components/i18n/navigation";
import { EmptyState } from "~/components/ui/empty-state";
import { SelectField, TextField } from "~/components/ui/field";
import { FilterForm } from "~/components/ui/filter-form";
import { PageHeader } from "~/components/ui/page-header";
import { pageParam } from "~/components/ui/page-param";
import { Pagination } from "~/components/ui/pagination";
import { unGroupEnum } from "~/db/schema";
import { serverApi } from "~/server/api/server-caller";

type Group = (typeof unGroupEnum.enumValues)[number];

export async function generateMetadata() {
  const t = await getTranslations("countries");
  return { title: t("title") };
}

export default async function CountriesPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ q?: string; region?: string; group?: string; page?: string }>;
}) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const [t, api] = await Promise.all([getTranslations(), serverApi()]);
  const lang = locale === "zh" ? "zh" : "en";
  const group = unGroupEnum.enumValues.includes(query.group as Group) ? (query.group as Group) : undefined;
  const region = /^\d{3}$/.test(query.region ?? "") ? query.region : undefined;
  const [regions, page] = await Promise.all([
    api.reference.regions(),
    api.reference.countriesPage({ q: query.q || undefined, region, group, page: pageParam(query.page), pageSize: 50 }),
  ]);
  return (
    <>
      <PageHeader title={t("countries.title")} lead={t("countries.lead")} />
      <FilterForm label={t("common.filter")} submitLabel={t("common.filter")}>
        <TextField id="q" type="search" label={t("common.search")} placeholder={t("countries.searchPlaceholder")} defaultValue={query.q ?? ""} />
        <SelectField id="region" label={t("countries.region")} defaultValue={region ?? ""}>
          <option value="">{t("countries.allRegions")}</option>
          {regions.map((r) => (
            <option key={r.code} value={r.code}>
              {r[lang]}
            </option>
          ))}
        </SelectField>
        <SelectField id="group" label={t("countries.group")} defaultValue={group ?? ""}>
          <option value="">{t("countries.allGroups")}</option>
          {unGroupEnum.enumValues.map((g) => (
            <option key={g} value={g}>
              {t(`countries.groups.${g}`)}
            </option>
          ))}
        </SelectField>
      </FilterForm>
      {page.items.length === 0 ? (
        <EmptyState>{t("countries.empty")}</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full min-w-[40rem] text-left text-sm">
            <caption className="sr-only">{t("countries.title")}</caption>
            <thead className="bg-slate-100 whitespace-nowrap">
              <tr>
                <th scope="col" className="px-3 py-2">{t("countries.name")}</th>
                <th scope="col" className="px-3 py-2">ISO</th>
                <th scope="col" className="px-3 py-2">{t("countries.subregion")}</th>
                <th scope="col" className="px-3 py-2">{t("countries.group")}</th>
                <th scope="col" className="px-3 py-2">{t("countries.status")}</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((c) => (
                <tr key={c.iso3} className="border-t border-slate-100">
                  <th scope="row" className="px-3 py-2 font-medium">
                    <Link href={`/countries/${c.iso3}`} className="text-brand-700 underline">
                      {c.name[lang]}
                    </Link>
                    <span lang={lang === "zh" ? "en" : "zh-CN"} className="block text-xs font-normal text-slate-600">
                      {c.name[lang === "zh" ? "en" : "zh"]}
                    </span>
                  </th>
                  <td className="whitespace-nowrap px-3 py-2 font-mono">{c.iso3}</td>
                  <td className="whitespace-nowrap px-3 py-2">{c.subregionName[lang]}</td>
                  <td className="whitespace-nowrap px-3 py-2">{c.group ? t(`countries.groups.${c.group}`) : t("countries.noGroup")}</td>
                  <td className="whitespace-nowrap px-3 py-2">{t(`countries.${c.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination pathname="/countries" searchParams={{ ...query }} page={page.page} pageSize={page.pageSize} total={page.total} />
    </>
  );
}
