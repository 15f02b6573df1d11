import { getTranslations, setRequestLocale } from "next-intl/server";
import { OrganizationForm } from "~/components/admin/organization-form";
import { OrganizationRow } from "~/components/admin/organization-row";
import { TRPCReactProvider } from "~/components/trpc/provider";
import { EmptyState } from "~/components/ui/empty-state";
import { TextField } from "~/components/ui/field";
import { FilterForm } from "~/components/ui/filter-form";
import { PageHeader } from "~/components/ui/page-header";
import { pageParam } from "~/components/ui/page-param";
import { Pagination } from "~/components/ui/pagination";
import { serverApi } from "~/server/api/server-caller";
import { requireViewer } from "~/server/auth/require-viewer";
import { can } from "~/server/auth/policy";
import { currentViewer } from "~/server/auth/session";

export default async function OrganizationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ q?: string; deleted?: string; page?: string }>;
}) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  await requireViewer("/admin/organizations", "admin.access");
  const [t, api, viewer] = await Promise.all([getTranslations(), serverApi(), currentViewer()]);
  const canManage = can(viewer, "organization.update");
  const orgs = await api.organizations.list({
    q: query.q || undefined,
    includeDeleted: query.deleted === "1",
    page: pageParam(query.page),
    pageSize: 50,
  });
  return (
    <>
      <PageHeader title={t("admin.organizations")} />
      <TRPCReactProvider>
        {can(viewer, "organization.create") && <OrganizationForm />}
        <section className="mt-8">
          <FilterForm label={t("common.filter")} submitLabel={t("common.filter")}>
            <TextField id="q" type="search" label={t("common.search")} defaultValue={query.q ?? ""} />
            {canManage && (
              <label className="flex min-h-10 items-center gap-2 text-sm">
                <input type="checkbox" name="deleted" value="1" defaultChecked={query.deleted === "1"} />
                {t("admin.showDeleted")}
              </label>
            )}
          </FilterForm>
          {orgs.items.length === 0 ? (
            <EmptyState>{t("admin.emptyOrganizations")}</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white px-4">
              {orgs.items.map((o) => (
                <OrganizationRow key={o.id} org={o} canManage={canManage} />
              ))}
            </ul>
          )}
          <Pagination pathname="/admin/organizations" searchParams={{ ...query }} page={orgs.page} pageSize={orgs.pageSize} total={orgs.total} />
        </section>
      </TRPCReactProvider>
    </>
  );
}
