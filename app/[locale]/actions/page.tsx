import { asLocale } from "~/db/localized-text-ops";
import { textIn } from "~/db/localized-text";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionList } from "~/components/actions/action-list";
import { FILTER_KEYS, parseActionFilters } from "./filters";
import { Link } from "~/server/i18n/navigation";
import { EmptyState } from "~/components/ui/empty-state";
import { CheckboxField, SelectField, TextField } from "~/components/ui/field";
import { FilterForm } from "~/components/ui/filter-form";
import { PageHeader } from "~/components/ui/page-header";
import { Pagination } from "~/components/ui/pagination";
import { ACTION_KINDS, OUTCOME_KINDS, VISIBILITIES } from "~/db/schema/advocacy-vocabulary";
import { serverApi } from "~/server/api/server-caller";
import { can, inCoalition } from "~/server/auth/policy";
import { currentViewer } from "~/server/auth/session";
import { nameIn } from "~/server/domain/localized-name";

export async function generateMetadata() {
  const t = await getTranslations("actions");
  return { title: t("title") };
}

// Signed-in coalition members see their organisation's, the coalition's and public actions;
// anyone else (anonymous visitors, parliamentarians) the public ones — the service decides.
export default async function ActionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const [t, api, viewer] = await Promise.all([getTranslations(), serverApi(), currentViewer()]);
  const { input, raw } = parseActionFilters(query);
  const coalition = inCoalition(viewer);
  const mayLog = !!viewer && can(viewer, "action.create");
  const [page, countries, organizations] = await Promise.all([
    api.actions.list(input),
    api.reference.countries(),
    api.organizations.list({ pageSize: 500 }),
  ]);
  const countryNames = Object.fromEntries(
    countries.map((c) => [c.iso3, nameIn(c.name, locale)]),
  );
  const filters = Object.fromEntries(FILTER_KEYS.map((k) => [k, raw[k]]));
  const exportQuery = (format: string) =>
    new URLSearchParams(
      Object.entries({ ...filters, format }).filter((e): e is [string, string] => !!e[1]),
    ).toString();
  const filtered = FILTER_KEYS.some((k) => raw[k]);
  return (
    <>
      <PageHeader title={t("actions.title")} lead={coalition ? t("actions.lead") : t("actions.publicLead")}>
        {mayLog && (
          <p>
            <Link
              href="/actions/new"
              className="inline-flex min-h-10 items-center rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
            >
              {t("actions.logAction")}
            </Link>
          </p>
        )}
      </PageHeader>
      <FilterForm label={t("actions.filtersLabel")} submitLabel={t("common.filter")}>
        <div className="min-w-0 flex-1 basis-48">
          <TextField
            id="q"
            type="search"
            label={t("actions.fields.q")}
            defaultValue={raw.q ?? ""}
            maxLength={200}
          />
        </div>
        <SelectField id="country" label={t("actions.fields.country")} defaultValue={input.country ?? ""}>
          <option value="">{t("actions.any")}</option>
          {countries.map((c) => (
            <option key={c.iso3} value={c.iso3}>
              {countryNames[c.iso3]}
            </option>
          ))}
        </SelectField>
        <SelectField id="kind" label={t("actions.fields.kind")} defaultValue={input.kind ?? ""}>
          <option value="">{t("actions.any")}</option>
          {ACTION_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`actions.kinds.${k}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="outcomeKind"
          label={t("actions.fields.outcomeKind")}
          defaultValue={input.outcomeKind ?? ""}
        >
          <option value="">{t("actions.any")}</option>
          {OUTCOME_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`actions.outcomeKinds.${k}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="organizationId"
          label={t("actions.fields.organization")}
          defaultValue={input.organizationId ?? ""}
        >
          <option value="">{t("actions.any")}</option>
          {organizations.items.map((o) => (
            <option key={o.id} value={o.id}>
              {textIn(o.name, asLocale(locale))}
            </option>
          ))}
        </SelectField>
        {coalition && (
          <SelectField
            id="visibility"
            label={t("actions.fields.visibility")}
            defaultValue={input.visibility ?? ""}
          >
            <option value="">{t("actions.any")}</option>
            {VISIBILITIES.map((v) => (
              <option key={v} value={v}>
                {t(`actions.visibilities.${v}`)}
              </option>
            ))}
          </SelectField>
        )}
        <TextField
          id="measure"
          label={t("actions.fields.measure")}
          defaultValue={input.measure ?? ""}
          maxLength={200}
        />
        <TextField id="from" type="date" label={t("actions.fields.from")} defaultValue={input.from ?? ""} />
        <TextField id="to" type="date" label={t("actions.fields.to")} defaultValue={input.to ?? ""} />
        {coalition && (
          <CheckboxField id="mine" value="true" label={t("actions.mine")} defaultChecked={input.mine} />
        )}
      </FilterForm>
      {page.items.length === 0 ? (
        <EmptyState>
          <p>
            {filtered ? t("actions.empty") : coalition ? t("actions.emptyMember") : t("actions.emptyPublic")}
          </p>
          {mayLog && (
            <p className="mt-3">
              <Link href="/actions/new" className="font-medium text-brand-700 underline">
                {t("actions.logAction")}
              </Link>
            </p>
          )}
        </EmptyState>
      ) : (
        <section aria-labelledby="actions-results">
          <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
            <h2 id="actions-results" className="text-sm text-slate-600" role="status">
              {t("common.results", { total: page.total })}
            </h2>
            <p className="flex items-center gap-2 text-sm">
              <span>{t("actions.download")}:</span>
              <a
                href={`/api/actions/export?${exportQuery("csv")}`}
                className="text-brand-700 underline"
                download
              >
                {t("actions.exportCsv")}
              </a>
              <a
                href={`/api/actions/export?${exportQuery("json")}`}
                className="text-brand-700 underline"
                download
              >
                {t("actions.exportJson")}
              </a>
            </p>
          </div>
          <ActionList
            items={page.items}
            countryNames={countryNames}
            showVisibility={coalition}
            headingLevel="h3"
          />
          <Pagination
            pathname="/actions"
            searchParams={filters}
            page={page.page}
            pageSize={page.pageSize}
            total={page.total}
          />
        </section>
      )}
    </>
  );
}
