import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "~/components/i18n/navigation";
import { RecordList } from "~/components/records/record-list";
import { EmptyState } from "~/components/ui/empty-state";
import { SelectField } from "~/components/ui/field";
import { FilterForm } from "~/components/ui/filter-form";
import { PageHeader } from "~/components/ui/page-header";
import { pageParam } from "~/components/ui/page-param";
import { Pagination } from "~/components/ui/pagination";
import { serverApi } from "~/server/api/server-caller";
import { can } from "~/server/auth/policy";
import { requireActor } from "~/server/auth/require-actor";
import { REVIEW_STATUSES } from "~/server/services/records/record-schemas";

type Status = (typeof REVIEW_STATUSES)[number];

export default async function MyWorkPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ status?: string; page?: string }>;
}) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const actor = await requireActor("/my-work");
  const [t, tc, api] = await Promise.all([getTranslations("records"), getTranslations("common"), serverApi()]);
  const status = REVIEW_STATUSES.includes(query.status as Status) ? (query.status as Status) : undefined;
  const list = await api.records.list({ mine: true, reviewStatus: status ? [status] : undefined, page: pageParam(query.page), pageSize: 50 });
  return (
    <>
      <PageHeader title={t("myWork.title")} lead={t("myWork.lead")}>
        <p className="flex flex-wrap gap-2">
          <Link href="/records/new" className="inline-flex min-h-10 items-center rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white">
            {t("newRecord")}
          </Link>
          {can(actor, "record.import") && (
            <Link href="/records/import" className="inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium">
              {t("csv.title")}
            </Link>
          )}
        </p>
      </PageHeader>
      <FilterForm label={tc("filter")} submitLabel={tc("filter")}>
        <SelectField id="status" label={t("fields.status")} defaultValue={status ?? ""}>
          <option value="">{t("myWork.allStatuses")}</option>
          {REVIEW_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`reviewStatus.${s}`)}
            </option>
          ))}
        </SelectField>
      </FilterForm>
      {list.items.length === 0 ? <EmptyState>{t("myWork.empty")}</EmptyState> : <RecordList items={list.items} lang={locale === "zh" ? "zh" : "en"} />}
      <Pagination pathname="/my-work" searchParams={{ ...query }} page={list.page} pageSize={list.pageSize} total={list.total} />
    </>
  );
}
