import { asLocale } from "~/db/localized-text-ops";
import { textIn } from "~/db/localized-text";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActivityLines } from "~/components/activity/activity-lines";
import { EmptyState } from "~/components/ui/empty-state";
import { SelectField, TextField } from "~/components/ui/field";
import { FilterForm } from "~/components/ui/filter-form";
import { PageHeader } from "~/components/ui/page-header";
import { pageParam } from "~/components/ui/page-param";
import { Pagination } from "~/components/ui/pagination";
import { COMMENT_SUBJECTS } from "~/db/schema/advocacy-vocabulary";
import { serverApi } from "~/server/api/server-caller";
import { requireViewer } from "~/server/auth/require-viewer";
import { nameIn } from "~/server/domain/localized-name";

const VERBS = ["action.created", "action.updated", "record.submitted", "record.published", "comment.created", "task.completed"] as const;
type Query = { country?: string; subject?: string; verb?: string; organization?: string; from?: string; to?: string; page?: string };

const isDate = (v?: string) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);

export default async function ActivityPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Query> }) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  await requireViewer("/activity", "collaboration.participate");
  const lang = asLocale(locale);
  const [t, tc, api] = await Promise.all([getTranslations("activity"), getTranslations("common"), serverApi()]);
  const country = query.country && /^[A-Z]{3}$/.test(query.country) ? query.country : undefined;
  const subjectType = COMMENT_SUBJECTS.find((s) => s === query.subject);
  const verb = VERBS.find((v) => v === query.verb);
  const organizationId = query.organization && /^[0-9a-f-]{36}$/i.test(query.organization) ? query.organization : undefined;
  const [feed, countries, organizations] = await Promise.all([
    api.activity.list({ country, subjectType, verb, organizationId, from: isDate(query.from), to: isDate(query.to), page: pageParam(query.page), pageSize: 50 }),
    api.reference.countries(),
    api.organizations.list({ pageSize: 500 }),
  ]);
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <FilterForm label={tc("filter")} submitLabel={tc("filter")}>
        <SelectField id="country" label={t("filters.country")} defaultValue={country ?? ""}>
          <option value="">{t("filters.any")}</option>
          {countries.map((c) => (
            <option key={c.iso3} value={c.iso3}>
              {nameIn(c.name, locale)}
            </option>
          ))}
        </SelectField>
        <SelectField id="subject" label={t("filters.subject")} defaultValue={subjectType ?? ""}>
          <option value="">{t("filters.any")}</option>
          {COMMENT_SUBJECTS.map((s) => (
            <option key={s} value={s}>
              {t(`subjects.${s}`)}
            </option>
          ))}
        </SelectField>
        <SelectField id="verb" label={t("filters.verb")} defaultValue={verb ?? ""}>
          <option value="">{t("filters.any")}</option>
          {VERBS.map((v) => (
            <option key={v} value={v}>
              {t(`verbs.${v}`)}
            </option>
          ))}
        </SelectField>
        <SelectField id="organization" label={t("filters.organization")} defaultValue={organizationId ?? ""}>
          <option value="">{t("filters.any")}</option>
          {organizations.items.map((o) => (
            <option key={o.id} value={o.id}>
              {textIn(o.name, asLocale(locale))}
            </option>
          ))}
        </SelectField>
        <TextField id="from" type="date" label={t("filters.from")} defaultValue={isDate(query.from) ?? ""} />
        <TextField id="to" type="date" label={t("filters.to")} defaultValue={isDate(query.to) ?? ""} />
      </FilterForm>
      {feed.items.length === 0 ? <EmptyState>{t("empty")}</EmptyState> : <ActivityLines items={feed.items} lang={lang} />}
      <Pagination pathname="/activity" searchParams={{ ...query }} page={feed.page} pageSize={feed.pageSize} total={feed.total} />
    </>
  );
}
