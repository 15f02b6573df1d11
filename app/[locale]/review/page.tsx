import { asLocale } from "~/db/localized-text-ops";
import { textIn } from "~/db/localized-text";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { BulkReview } from "~/components/records/bulk-review";
import { RecordList, RecordSummary, recordTitle } from "~/components/records/record-list";
import { TRPCReactProvider } from "~/components/trpc/provider";
import { EmptyState } from "~/components/ui/empty-state";
import { SelectField } from "~/components/ui/field";
import { FilterForm } from "~/components/ui/filter-form";
import { PageHeader } from "~/components/ui/page-header";
import { pageParam } from "~/components/ui/page-param";
import { Pagination } from "~/components/ui/pagination";
import { serverApi } from "~/server/api/server-caller";
import { requireViewer } from "~/server/auth/require-viewer";
import { RECORD_TYPES, type TRecordType } from "~/server/services/records/record-schemas";
import { nameIn } from "~/server/domain/localized-name";

const AGES = [1, 7, 30];

export default async function ReviewQueuePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ type?: string; country?: string; org?: string; age?: string; deleted?: string; page?: string }>;
}) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  await requireViewer("/review", "record.review");
  const lang = asLocale(locale);
  const [t, tc, api] = await Promise.all([getTranslations("records"), getTranslations("common"), serverApi()]);
  const type = RECORD_TYPES.includes(query.type as TRecordType) ? (query.type as TRecordType) : undefined;
  const country = /^[A-Z]{3}$/.test(query.country ?? "") ? query.country : undefined;
  const org = /^[0-9a-f-]{36}$/i.test(query.org ?? "") ? query.org : undefined;
  const age = AGES.includes(Number(query.age)) ? Number(query.age) : undefined;
  const [queue, countries, orgs] = await Promise.all([
    api.records.list({ awaitingReview: query.deleted !== "1", onlyDeleted: query.deleted === "1", type, country, organizationId: org, olderThanDays: age, page: pageParam(query.page), pageSize: 50 }),
    api.reference.countries(),
    api.organizations.list({ pageSize: 500 }),
  ]);
  return (
    <>
      <PageHeader title={t("review.title")} lead={query.deleted === "1" ? t("review.deletedLead") : t("review.lead")} />
      <FilterForm label={tc("filter")} submitLabel={tc("filter")}>
        <SelectField id="type" label={t("fields.type")} defaultValue={type ?? ""}>
          <option value="">{tc("all")}</option>
          {RECORD_TYPES.map((ty) => (
            <option key={ty} value={ty}>
              {t(`types.${ty}`)}
            </option>
          ))}
        </SelectField>
        <SelectField id="country" label={t("fields.country")} defaultValue={country ?? ""}>
          <option value="">{tc("all")}</option>
          {countries.map((c) => (
            <option key={c.iso3} value={c.iso3}>
              {nameIn(c.name, locale)}
            </option>
          ))}
        </SelectField>
        <SelectField id="org" label={t("review.organization")} defaultValue={org ?? ""}>
          <option value="">{t("review.allOrganizations")}</option>
          {orgs.items.map((o) => (
            <option key={o.id} value={o.id}>
              {textIn(o.name, asLocale(locale))}
            </option>
          ))}
        </SelectField>
        <SelectField id="age" label={t("review.olderThan")} defaultValue={age ? String(age) : ""}>
          <option value="">{t("review.anyAge")}</option>
          {AGES.map((a) => (
            <option key={a} value={a}>
              {t("review.days", { count: a })}
            </option>
          ))}
        </SelectField>
        <label className="flex min-h-10 items-center gap-2 text-sm">
          <input type="checkbox" name="deleted" value="1" defaultChecked={query.deleted === "1"} />
          {t("review.showDeleted")}
        </label>
      </FilterForm>
      {query.deleted === "1" ? (
        queue.items.length === 0 ? (
          <EmptyState>{t("review.empty")}</EmptyState>
        ) : (
          <RecordList items={queue.items} />
        )
      ) : (
        // Always mounted, even when the queue is empty: after a bulk decision empties the queue, the
        // outcome ("3 proposals decided.") must stay on screen and be announced, not unmount with the list.
        <TRPCReactProvider>
          <BulkReview
            empty={<EmptyState>{t("review.empty")}</EmptyState>}
            items={queue.items.map((r) => ({
              id: r.id,
              version: r.version,
              title: recordTitle(r, lang) || t(`types.${r.type}`),
              summary: <RecordSummary r={r} />,
            }))}
          />
        </TRPCReactProvider>
      )}
      <Pagination pathname="/review" searchParams={{ ...query }} page={queue.page} pageSize={queue.pageSize} total={queue.total} />
    </>
  );
}
